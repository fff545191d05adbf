/**
 * What shows beside a phone's country list: the chosen country's flag as emoji (the two
 * regional-indicator letters of its code), or nothing for "automatic", where a drawn globe shows
 * (src/islands/fields/TelField.tsx): a globe emoji sent the page through the fonts for a glyph at
 * its first layout, about 40 ms of the bench's 4x slower CPU.
 */
export function flagEmoji(code: string): string {
  if (!code) return '';
  return String.fromCodePoint(...[...code].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}
