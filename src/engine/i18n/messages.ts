import type { Locale } from '../definition/formSchema';

/** Every message a visitor can see, per locale: what is wrong and what to do about it. */
export interface Messages {
  required: (label: string) => string;
  choose: (label: string) => string;
  consent: string;
  email: string;
  tel: string;
  option: string;
  tooShort: (min: number) => string;
  tooLong: (max: number) => string;
  pattern: string;
  summary: (count: number) => string;
  submit: string;
  sending: string;
  networkError: string;
  serverError: string;
  optional: string;
}

const en: Messages = {
  required: (label) => `Please fill in “${label}”.`,
  choose: (label) => `Please choose an option for “${label}”.`,
  consent: 'Please tick this box: we can only contact you with your agreement.',
  email: 'Enter an email address like name@example.com.',
  tel: 'Enter a phone number of 7 to 15 digits, with the country code if you are abroad, like +44 20 7946 0958.',
  option: 'Choose one of the listed options.',
  tooShort: (min) => `Use at least ${min} characters.`,
  tooLong: (max) => `Use at most ${max} characters.`,
  pattern: 'Check the format of this answer.',
  summary: (count) =>
    count === 1
      ? 'One answer needs your attention before we can send the form.'
      : `${count} answers need your attention before we can send the form.`,
  submit: 'Send',
  sending: 'Sending…',
  networkError: 'We could not reach the server, so nothing was sent. Check your connection and press the button again.',
  serverError: 'Something went wrong on our side and your answers were not saved. Please try again in a moment.',
  optional: 'optional',
};

const de: Messages = {
  required: (label) => `Bitte füllen Sie „${label}“ aus.`,
  choose: (label) => `Bitte wählen Sie eine Option für „${label}“.`,
  consent: 'Bitte setzen Sie das Häkchen: Ohne Ihre Zustimmung dürfen wir Sie nicht kontaktieren.',
  email: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
  tel: 'Geben Sie eine Telefonnummer mit 7 bis 15 Ziffern ein, aus dem Ausland mit Ländervorwahl, z. B. +49 30 901820.',
  option: 'Wählen Sie eine der angebotenen Optionen.',
  tooShort: (min) => `Verwenden Sie mindestens ${min} Zeichen.`,
  tooLong: (max) => `Verwenden Sie höchstens ${max} Zeichen.`,
  pattern: 'Bitte prüfen Sie das Format dieser Angabe.',
  summary: (count) =>
    count === 1
      ? 'Eine Angabe muss noch korrigiert werden, bevor wir das Formular senden können.'
      : `${count} Angaben müssen noch korrigiert werden, bevor wir das Formular senden können.`,
  submit: 'Senden',
  sending: 'Wird gesendet…',
  networkError:
    'Der Server war nicht erreichbar, daher wurde nichts gesendet. Prüfen Sie Ihre Verbindung und senden Sie erneut.',
  serverError:
    'Bei uns ist ein Fehler aufgetreten; Ihre Angaben wurden nicht gespeichert. Bitte versuchen Sie es gleich noch einmal.',
  optional: 'optional',
};

const catalogue: Record<Locale, Messages> = { en, de };

export function messages(locale: Locale): Messages {
  return catalogue[locale];
}
