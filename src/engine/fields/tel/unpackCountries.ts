import type { PhoneCountry } from './phoneCountries';

/** The island's side of packCountries (phoneCountries.ts), kept apart so the island does not bundle the calling codes. */
export function unpackCountries(packed: string | undefined): PhoneCountry[] | undefined {
  return packed
    ?.split('\n')
    .map((line) => ({ code: line.slice(0, line.indexOf(' ')), label: line.slice(line.indexOf(' ') + 1) }));
}
