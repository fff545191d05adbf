import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A valid phone number in E.164 (`+442079460958`), or `undefined`. */
export function toE164(text: string, defaultCountry: string | undefined): string | undefined {
  const parsed = defaultCountry
    ? parsePhoneNumberFromString(text, defaultCountry as CountryCode)
    : parsePhoneNumberFromString(text);
  return parsed?.isValid() ? parsed.number : undefined;
}
