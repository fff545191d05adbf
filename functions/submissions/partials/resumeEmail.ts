import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { EmailPayload } from '../../db/tables/outboxTables';

/**
 * The email that hands a visitor back their unfinished form, in the form's language. Plain text:
 * the only link in it is the signed resume link.
 */
export function resumeEmail(form: FormDefinition, address: string, link: string, expiresAt: Date): EmailPayload {
  const until = expiresAt.toISOString().slice(0, 10);
  if (form.locale === 'de') {
    return {
      to: 'lead',
      address,
      subject: `Fast fertig: ${form.title}`,
      text: `Guten Tag,\n\nSie haben „${form.title}“ begonnen, aber noch nicht abgeschickt. Mit diesem Link machen Sie dort weiter, wo Sie aufgehört haben (gültig bis ${until}):\n\n${link}\n\nIhre bisherigen Antworten sind schon eingetragen.`,
    };
  }
  return {
    to: 'lead',
    address,
    subject: `Finish your ${form.title.toLowerCase().startsWith('your ') ? form.title.slice(5) : form.title}`,
    text: `Hello,\n\nyou started "${form.title}" but did not send it yet. This link takes you back to where you left off (it works until ${until}):\n\n${link}\n\nYour answers so far are already filled in.`,
  };
}
