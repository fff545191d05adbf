import type { RawInput } from './types';

/** Turns form entries into answers: a repeated name (checkboxes) becomes a list. File parts are skipped. */
export function collectEntries(entries: Iterable<[string, FormDataEntryValue]>): RawInput {
  const input: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    const seen = input[name];
    if (seen === undefined) input[name] = value;
    else if (Array.isArray(seen)) seen.push(value);
    else input[name] = [seen, value];
  }
  return input;
}
