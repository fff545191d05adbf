import type { LeadSummary } from './leadSummary';

// Discord's embed limits: 25 fields, 256 characters per name, 1,024 per value, 256 per title.
const MAX_FIELDS = 25;

/**
 * A Discord webhook message: one embed with a field per answer. `allowed_mentions` is empty, so an
 * answer such as "@everyone" is shown, never pinged.
 */
export function discordPayload(summary: LeadSummary, leadId: string, at: Date) {
  const fields = summary.lines.slice(0, MAX_FIELDS).map(({ label, value }) => ({
    name: clip(label, 256),
    value: clip(value, 1024),
    inline: value.length <= 40,
  }));
  return {
    content: clip(summary.title, 2000),
    embeds: [
      { title: clip(summary.title, 256), fields, footer: { text: `Lead ${leadId}` }, timestamp: at.toISOString() },
    ],
    allowed_mentions: { parse: [] },
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
