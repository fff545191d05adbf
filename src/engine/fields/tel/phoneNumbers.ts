/** Reading and showing phone numbers: libphonenumber's metadata, several times the size of the rest of the engine. */
export interface PhoneNumbers {
  /** A valid number in E.164 (`+442079460958`), or `undefined`. */
  toE164(text: string, country: string | undefined): string | undefined;
  /** A stored E.164 number as people read it: +44 20 7946 0958. */
  display(e164: string): string;
  /** A made-up number as people of that country write it (US: "(201) 555-0123"), for messages. */
  example(country: string): string | undefined;
}

let provided: PhoneNumbers | undefined;

/**
 * Set when src/engine/validation/toE164.ts loads: the Worker loads it at start (functions/app.ts),
 * the island only when a phone field is touched or a form with a phone number is sent. So the
 * rules of the tel kind stay in one place while a page without a phone answer never downloads them.
 */
export function providePhoneNumbers(numbers: PhoneNumbers): void {
  provided = numbers;
}

export function phoneNumbers(): PhoneNumbers | undefined {
  return provided;
}
