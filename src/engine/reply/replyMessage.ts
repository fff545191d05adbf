import type { FormOutput } from '../definition/formSchema';
import { answerText } from '../fields/answerText';
import { contactOf } from '../fields/contactOf';
import { formatNumber } from '../formulas/formatNumber';
import type { Results } from '../scoring/evaluateResults';
import type { Answers } from '../validation/types';
import { eventCalendar } from './eventCalendar';
import { nextStepFor } from './nextStepFor';
import { fillPlaceholders } from './placeholders';
import { replyWords } from './replyWords';

export interface ReplyMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar file for the reply's event. */
  calendar?: { filename: string; content: string };
}

interface Link {
  label: string;
  href: string;
  /** What the link is, said before it (a tier's next step). */
  text?: string | undefined;
}

/**
 * The lead's own email, in the form's locale: the owner's subject and text with the placeholders
 * filled from the lead's answers and results, as plain text and as simple HTML in which every value
 * is escaped. Undefined when the form sends none, the lead gave no email, or withheld the consent
 * the reply needs.
 */
export function replyMessage(
  form: FormOutput,
  answers: Answers,
  results: Results,
  links: { download?: string | undefined },
): ReplyMessage | undefined {
  const reply = form.reply;
  const to = contactOf(form, answers).email;
  if (!reply || !to) return undefined;
  if (reply.consentField !== undefined && answers[reply.consentField] !== true) return undefined;
  const words = replyWords(form.locale);
  const fields = new Map(form.fields.map((field) => [field.name, field]));
  const figures = form.calculations.flatMap((calculation) => {
    const value = results.computed[calculation.name];
    return calculation.show && value !== undefined
      ? [`${calculation.label}: ${formatNumber(value, calculation.format, form.locale)}`]
      : [];
  });
  const outcome = results.quiz?.outcome;
  const next = nextStepFor(form, answers, results.lead?.tier);
  const event = reply.event;
  const linkOf: Record<string, Link | undefined> = {
    download: links.download && form.download ? { label: form.download.label, href: links.download } : undefined,
    join: event && { label: words.join, href: event.joinUrl },
    next: next && { label: next.label, href: next.href, text: next.text },
  };
  const textOf = (name: string): string | undefined => {
    const field = fields.get(name);
    if (field) return answerText(field, answers[name]);
    const calculation = form.calculations.find((each) => each.name === name);
    const computed = results.computed[name];
    if (calculation && computed !== undefined) return formatNumber(computed, calculation.format, form.locale);
    if (name === 'figures') return figures.join('\n');
    if (name === 'outcome') return outcome?.title ?? '';
    if (name === 'form') return form.title;
    return undefined;
  };

  const paragraphs = [reply.body];
  const outcomeText = outcome && reply.outcomes?.[outcome.id];
  if (outcomeText) paragraphs.push(outcomeText);
  if (next && !/\{next\}/.test(reply.body)) paragraphs.push('{next}');
  if (event)
    paragraphs.push(`${event.title}\n${words.when}: ${eventTime(event.start, form.locale)}\n{join}\n${words.calendar}`);
  paragraphs.push(words.because(form.title));

  const text = paragraphs
    .map((paragraph) =>
      fillPlaceholders(paragraph, (name) => {
        const link = linkOf[name];
        if (name in linkOf) return link ? `${link.text ? `${link.text} ` : ''}${link.label}: ${link.href}` : '';
        return textOf(name);
      }),
    )
    .join('\n\n');
  const html = paragraphs
    .map((paragraph) => {
      const filled = fillPlaceholders(escapeHtml(paragraph), (name) => {
        const link = linkOf[name];
        if (name in linkOf)
          return link
            ? `${link.text ? `${escapeHtml(link.text)} ` : ''}<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`
            : '';
        const value = textOf(name);
        return value === undefined ? undefined : escapeHtml(value);
      });
      return `<p>${filled.replaceAll('\n', '<br>')}</p>`;
    })
    .join('\n');
  const subject = fillPlaceholders(reply.subject, (name) => (name in linkOf ? '' : textOf(name)))
    .replace(/[\r\n]+/g, ' ')
    .trim();
  return {
    to,
    subject,
    text,
    html: `<!doctype html><html lang="${form.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b2330">\n${html}\n</body></html>`,
    ...(event && { calendar: eventCalendar(form, event) }),
  };
}

function eventTime(start: string, locale: string): string {
  const when = new Date(start);
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(when)} UTC`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
