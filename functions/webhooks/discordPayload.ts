import type { LeadSummary } from './leadSummary';

// Discord's embed limits: 25 fields, 256 characters per name, 1,024 per value, 256 per title.
const MAX_FIELDS = 25;
// Everything Discord's markdown gives a meaning: emphasis, code, quotes, headings, lists, masked links.
const MARKDOWN = /[\\*_~`|>#\-[\]()<:]/g;

/**
 * A Discord webhook message: one embed with a field per answer. Visitors' text is markdown-escaped,
 * so `[Pay here](https://evil.example)` shows as typed instead of as a disguised link, and
 * `allowed_mentions` is empty, so "@everyone" is shown, never pinged.
 */
export function discordPayload(summary: LeadSummary, leadId: string, at: Date) {
  const fields = summary.lines.slice(0, MAX_FIELDS).map(({ label, value }) => ({
    name: clip(escapeMarkdown(label), 256),
    value: clip(escapeMarkdown(value), 1024),
    inline: value.length <= 40,
  }));
  const title = escapeMarkdown(summary.title);
  // Discord links only http(s) in markdown: the lead's page is the title's link, a call or reply is shown as text.
  const page = summary.actions.find((action) => action.href.startsWith('http'));
  const description = summary.actions
    .filter((action) => action !== page)
    .map((action) => escapeMarkdown(action.label))
    .join('\n');
  return {
    content: clip(title, 2000),
    embeds: [
      {
        title: clip(title, 256),
        ...(page && { url: page.href }),
        ...(description && { description: clip(description, 4096) }),
        fields,
        footer: { text: `Lead ${leadId}` },
        timestamp: at.toISOString(),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** A backslash before each character Discord would read as markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, (char) => `\\${char}`);
}

function clip(text: string, max: number): string {
  // Never leave a lone escaping backslash at the cut.
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.endsWith('\\') && !cut.endsWith('\\\\') ? cut.slice(0, -1) : cut}…`;
}
