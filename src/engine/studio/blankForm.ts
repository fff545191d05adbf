import type { FormInput } from '../definition/formSchema';
import type { Locale } from '../i18n/locale';

/** A new form that already works: a name and an email, a thank-you page; the owner takes it from there. */
export function blankForm(slug: string, title: string, locale: Locale = 'en'): FormInput {
  const de = locale === 'de';
  return {
    slug,
    title,
    locale,
    theme: { brand: '#1f6feb' },
    fields: [
      { kind: 'text', name: 'name', label: de ? 'Name' : 'Your name', required: true, autocomplete: 'name' },
      { kind: 'email', name: 'email', label: de ? 'E-Mail' : 'Email', required: true },
    ],
    thankYou: {
      title: de ? 'Danke!' : 'Thank you',
      body: de ? 'Wir melden uns in Kürze.' : 'We will be in touch shortly.',
    },
  };
}
