import type { Field } from '../fieldKinds';
import { CALLING_CODES } from './callingCodes';
import { hasCountryPicker } from './hasCountryPicker';

export interface PhoneCountry {
  code: string;
  /** "United Kingdom +44", in the form's language. */
  label: string;
}

/**
 * The phone country picker's list, worked out by the page (server side, with the runtime's own
 * country names) and handed to the island, so only forms with a picker carry it and the island
 * shows the options exactly as the page did. Undefined when no phone field has a picker.
 */
export function phoneCountries(form: { fields: readonly Field[]; locale: string }): PhoneCountry[] | undefined {
  if (!hasCountryPicker(form)) return undefined;
  const names = new Intl.DisplayNames([form.locale], { type: 'region' });
  return [...CALLING_CODES]
    .map(([code, calling]) => ({ code, label: `${names.of(code) ?? code} +${calling}` }))
    .sort((a, b) => a.label.localeCompare(b.label, form.locale));
}

/**
 * The list as island props carry it: one "GB United Kingdom +44" line per country. Props travel as
 * JSON inside an HTML attribute, where a list of objects took 26 KB of every page with a picker.
 */
export function packCountries(list: readonly PhoneCountry[] | undefined): string | undefined {
  return list?.map((country) => `${country.code} ${country.label}`).join('\n');
}
