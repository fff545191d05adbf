import type { KeystrokeSample } from './collector';

/** A keystroke is prompt when the field shows it within 50 ms: no long task stood in its way. */
const PROMPT_MS = 50;

/**
 * When the form accepts typing: the moment the first keystroke of the final unbroken run of
 * prompt keystrokes was sent. Every keystroke from then on reached the field's value within
 * 50 ms; one before it was late or lost. Null when the last keystroke itself was not prompt.
 */
export function readinessOf(keystrokes: readonly KeystrokeSample[]): number | null {
  let ready: number | null = null;
  for (const key of keystrokes) {
    const prompt = key.reflected !== null && key.reflected - key.sent <= PROMPT_MS;
    if (!prompt) ready = null;
    else ready ??= key.sent;
  }
  return ready;
}
