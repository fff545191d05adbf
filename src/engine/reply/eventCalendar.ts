import type { FormOutput } from '../definition/formSchema';
import type { ReplyEvent } from './replySchema';

/** An iCalendar (RFC 5545) file for the event, so the lead adds it in one tap; its UID is stable per form and start. */
export function eventCalendar(form: FormOutput, event: ReplyEvent): { filename: string; content: string } {
  const start = new Date(event.start);
  const end = new Date(start.getTime() + event.minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Formwell//Reply//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${form.slug}-${stamp(start)}@formwell`,
    `DTSTAMP:${stamp(start)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${text(event.title)}`,
    `URL:${event.joinUrl}`,
    `DESCRIPTION:${text(event.joinUrl)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return { filename: `${form.slug}.ics`, content: `${lines.map(fold).join('\r\n')}\r\n` };
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and line breaks. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (new TextEncoder().encode(rest).length > 75) {
    let cut = 75;
    while (new TextEncoder().encode(rest.slice(0, cut)).length > 75) cut--;
    parts.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  parts.push(rest);
  return parts.join('\r\n');
}
