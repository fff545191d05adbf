/**
 * What shows beside a phone's country list: the chosen country's flag as emoji (the two
 * regional-indicator letters of its code), or a globe for "automatic".
 */
export function flagEmoji(code: string): string {
  if (!code) return '🌐';
  return String.fromCodePoint(...[...code].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}
