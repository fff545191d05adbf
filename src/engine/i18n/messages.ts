import type { Locale } from './locale';
import { numberFormat } from './numberFormat';

/** Every message a visitor can see, per locale: what is wrong and what to do about it. */
export interface Messages {
  required: (label: string) => string;
  choose: (label: string) => string;
  consent: string;
  email: string;
  /** With an example number of the country the number is read in, when one is known. */
  tel: (example?: string) => string;
  telCountry: string;
  option: string;
  chooseSome: (label: string) => string;
  atLeastChoices: (count: number) => string;
  atMostChoices: (count: number) => string;
  number: string;
  atLeast: (min: number) => string;
  atMost: (max: number) => string;
  step: (step: number) => string;
  rating: (max: number) => string;
  date: string;
  dateFrom: (iso: string) => string;
  dateUntil: (iso: string) => string;
  weekday: string;
  tooShort: (min: number) => string;
  tooLong: (max: number) => string;
  pattern: string;
  /** More than one value sent where the field takes one. */
  oneValue: string;
  /** Characters that are not text (broken Unicode). */
  unreadable: string;
  summary: (count: number) => string;
  submit: string;
  sending: string;
  networkError: string;
  serverError: string;
  optional: string;
  /** A dropdown's first entry, before anything is chosen. */
  chooseFirst: string;
  /** The phone country picker: its name, and its first entry (the form's country, else the visitor's). */
  phoneCountry: string;
  phoneCountryAuto: string;
  /** Before the page title while the page shows answers to fix. */
  errorTitle: string;
  next: string;
  back: string;
  progress: (step: number, of: number) => string;
  staleProgress: string;
  /** Live results: their heading, the note shown before JavaScript runs, and a figure not computable yet. */
  results: string;
  resultsOnSend: string;
  /** Under figures the page worked out from the answers it opened with, before any code runs. */
  resultsShown: string;
  resultsLive: string;
  notYet: string;
  bestMatch: string;
  retake: string;
  /** An outcome page's share button, its link without JavaScript, and what a copy says. */
  shareResult: string;
  shareLink: string;
  shareText: (outcome: string) => string;
  linkCopied: string;
  /** When copying is refused too: the link is still there to long-press. */
  holdLink: string;
}

const en: Messages = {
  required: (label) => `Please fill in “${label}”.`,
  choose: (label) => `Please choose an option for “${label}”.`,
  consent: 'Please tick this box: we can only contact you with your agreement.',
  email: 'Enter an email address like name@example.com.',
  tel: (example = '+44 20 7946 0958') => `Enter a complete phone number, like ${example}.`,
  telCountry: 'Add the country code to your phone number, like +44 20 7946 0958.',
  option: 'Choose one of the listed options.',
  chooseSome: (label) => `Please choose at least one option for “${label}”.`,
  atLeastChoices: (count) => `Choose at least ${count} options.`,
  atMostChoices: (count) => `Choose at most ${count} options.`,
  number: 'Enter a number, like 42 or 3.5.',
  atLeast: (min) => `Enter ${min} or more.`,
  atMost: (max) => `Enter ${max} or less.`,
  step: (step) => `Use steps of ${step}.`,
  rating: (max) => `Choose a rating from 1 to ${max}.`,
  date: 'Enter a date, like 2027-03-31.',
  dateFrom: (iso) => `Choose ${iso} or later.`,
  dateUntil: (iso) => `Choose ${iso} or earlier.`,
  weekday: 'Choose a weekday, Monday to Friday.',
  tooShort: (min) => `Use at least ${min} characters.`,
  tooLong: (max) => `Use at most ${max} characters.`,
  pattern: 'Check the format of this answer.',
  oneValue: 'Give one answer here, not several.',
  unreadable: 'This answer contains characters that cannot be read. Retype it and send again.',
  summary: (count) =>
    count === 1
      ? 'One answer needs your attention before we can send the form.'
      : `${count} answers need your attention before we can send the form.`,
  submit: 'Send',
  sending: 'Sending…',
  networkError: 'We could not reach the server, so nothing was sent. Check your connection and press the button again.',
  serverError: 'Something went wrong on our side and your answers were not saved. Please try again in a moment.',
  optional: 'optional',
  chooseFirst: 'Choose…',
  phoneCountry: 'Country of the phone number',
  phoneCountryAuto: 'Automatic',
  errorTitle: 'Error',
  next: 'Next',
  back: 'Back',
  progress: (step, of) => `Step ${step} of ${of}`,
  staleProgress:
    'We could not read your earlier answers (the page may be old or changed), so we started again from the first step.',
  results: 'Your results',
  resultsOnSend: 'Send the form to see your results.',
  resultsShown: 'For the answers as the page opened; send the form to see yours.',
  resultsLive: 'Updates as you answer.',
  notYet: 'Answer the questions above to see this.',
  bestMatch: 'Your best match so far',
  retake: 'Start again',
  shareResult: 'Share your result',
  shareLink: 'Link to this quiz',
  shareText: (outcome) => `My result: ${outcome}. What is yours?`,
  linkCopied: 'Link copied.',
  holdLink: 'Press and hold the link to share it.',
};

// A decimal comma, as German visitors type it; no thousands dots, which the number rule would read as decimals.
function deNumber(value: number): string {
  return numberFormat('de', { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

const de: Messages = {
  required: (label) => `Bitte füllen Sie „${label}“ aus.`,
  choose: (label) => `Bitte wählen Sie eine Option für „${label}“.`,
  consent: 'Bitte setzen Sie das Häkchen: Ohne Ihre Zustimmung dürfen wir Sie nicht kontaktieren.',
  email: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
  tel: (example = '+49 30 901820') => `Geben Sie eine vollständige Telefonnummer ein, z. B. ${example}.`,
  telCountry: 'Ergänzen Sie die Ländervorwahl, z. B. +49 30 901820.',
  option: 'Wählen Sie eine der angebotenen Optionen.',
  chooseSome: (label) => `Bitte wählen Sie mindestens eine Option für „${label}“.`,
  atLeastChoices: (count) => `Wählen Sie mindestens ${count} Optionen.`,
  atMostChoices: (count) => `Wählen Sie höchstens ${count} Optionen.`,
  number: 'Geben Sie eine Zahl ein, z. B. 42 oder 3,5.',
  atLeast: (min) => `Geben Sie ${deNumber(min)} oder mehr ein.`,
  atMost: (max) => `Geben Sie ${deNumber(max)} oder weniger ein.`,
  step: (step) => `Verwenden Sie Schritte von ${deNumber(step)}.`,
  rating: (max) => `Wählen Sie eine Bewertung von 1 bis ${max}.`,
  date: 'Geben Sie ein Datum ein, z. B. 2027-03-31.',
  dateFrom: (iso) => `Wählen Sie den ${iso} oder später.`,
  dateUntil: (iso) => `Wählen Sie den ${iso} oder früher.`,
  weekday: 'Wählen Sie einen Werktag, Montag bis Freitag.',
  tooShort: (min) => `Verwenden Sie mindestens ${min} Zeichen.`,
  tooLong: (max) => `Verwenden Sie höchstens ${max} Zeichen.`,
  pattern: 'Bitte prüfen Sie das Format dieser Angabe.',
  oneValue: 'Geben Sie hier eine Antwort an, nicht mehrere.',
  unreadable: 'Diese Angabe enthält Zeichen, die nicht gelesen werden können. Bitte geben Sie sie neu ein.',
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
  chooseFirst: 'Bitte wählen…',
  phoneCountry: 'Land der Telefonnummer',
  phoneCountryAuto: 'Automatisch',
  errorTitle: 'Fehler',
  next: 'Weiter',
  back: 'Zurück',
  progress: (step, of) => `Schritt ${step} von ${of}`,
  staleProgress:
    'Ihre bisherigen Angaben konnten nicht gelesen werden (die Seite ist veraltet oder wurde geändert), daher beginnt das Formular von vorn.',
  results: 'Ihr Ergebnis',
  resultsOnSend: 'Senden Sie das Formular, um Ihr Ergebnis zu sehen.',
  resultsShown: 'Für die Angaben beim Öffnen der Seite; senden Sie das Formular für Ihr Ergebnis.',
  resultsLive: 'Aktualisiert sich bei jeder Antwort.',
  notYet: 'Beantworten Sie die Fragen oben, um diesen Wert zu sehen.',
  bestMatch: 'Ihre bisher beste Übereinstimmung',
  retake: 'Neu beginnen',
  shareResult: 'Ergebnis teilen',
  shareLink: 'Link zu diesem Quiz',
  shareText: (outcome) => `Mein Ergebnis: ${outcome}. Und deins?`,
  linkCopied: 'Link kopiert.',
  holdLink: 'Den Link gedrückt halten, um ihn zu teilen.',
};

const catalogue: Record<Locale, Messages> = { en, de };

export function messages(locale: Locale): Messages {
  return catalogue[locale];
}
