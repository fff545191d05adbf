import examples from 'libphonenumber-js/examples.mobile.json';
import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { providePhoneNumbers } from '../fields/tel/phoneNumbers';

/** A valid phone number in E.164 (`+442079460958`), or `undefined`. */
export function toE164(text: string, defaultCountry: string | undefined): string | undefined {
  const parsed = defaultCountry
    ? parsePhoneNumberFromString(text, defaultCountry as CountryCode)
    : parsePhoneNumberFromString(text);
  return parsed?.isValid() ? parsed.number : undefined;
}

/** A stored E.164 number as people read it: +44 20 7946 0958. */
export function phoneDisplay(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

// Loading this module is what makes phone numbers readable to the tel rules (src/engine/fields/tel/phoneNumbers.ts).
/** A made-up mobile number of the country, as its people write it. */
export function phoneExample(country: string): string | undefined {
  try {
    return getExampleNumber(country as CountryCode, examples)?.formatNational();
  } catch {
    return undefined;
  }
}

providePhoneNumbers({ toE164, display: phoneDisplay, example: phoneExample });
