import type { LeadSummary } from './leadSummary';

// Slack allows at most 10 fields per section and 2,000 characters per field text.
const FIELDS_PER_SECTION = 10;
const FIELD_CHARS = 1900;

/**
 * A Slack incoming-webhook message: the summary as plain text (for notifications) and as blocks.
 * Visitors' answers are escaped so they cannot mention @channel or forge links.
 */
export function slackPayload(summary: LeadSummary, leadId: string) {
  const fields = summary.lines.map(({ label, value }) => ({
    type: 'mrkdwn',
    text: clip(`*${escapeMrkdwn(label)}*\n${escapeMrkdwn(value)}`, FIELD_CHARS),
  }));
  const sections = [];
  for (let start = 0; start < fields.length; start += FIELDS_PER_SECTION) {
    sections.push({ type: 'section', fields: fields.slice(start, start + FIELDS_PER_SECTION) });
  }
  return {
    text: escapeMrkdwn(summary.title),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: clip(summary.title, 150) } },
      ...sections,
      ...(summary.actions.length > 0
        ? [
            {
              type: 'section',
              text: {
                type: 'mrkdwn',
                text: summary.actions
                  .map((action) => `<${escapeMrkdwn(action.href)}|${escapeMrkdwn(action.label).replaceAll('|', '¦')}>`)
                  .join('  ·  '),
              },
            },
          ]
        : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Lead ${escapeMrkdwn(leadId)}` }] },
    ],
  };
}

// Slack's mrkdwn treats only these three as control characters.
function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
