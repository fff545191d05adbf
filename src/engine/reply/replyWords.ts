import type { Locale } from '../i18n/locale';

/** The few words a reply adds around the owner's text, per locale (server-only: never in the island). */
export interface ReplyWords {
  when: string;
  calendar: string;
  join: string;
  /** The last line: why the lead got this email. */
  because: (form: string) => string;
}

const WORDS: Record<Locale, ReplyWords> = {
  en: {
    when: 'When',
    calendar: 'The calendar file attached adds it to your calendar.',
    join: 'Join',
    because: (form) => `You get this email because you filled in “${form}”.`,
  },
  de: {
    when: 'Wann',
    calendar: 'Mit der angehängten Kalenderdatei tragen Sie den Termin in Ihren Kalender ein.',
    join: 'Teilnehmen',
    because: (form) => `Sie erhalten diese E-Mail, weil Sie „${form}“ ausgefüllt haben.`,
  },
};

export function replyWords(locale: Locale): ReplyWords {
  return WORDS[locale];
}
