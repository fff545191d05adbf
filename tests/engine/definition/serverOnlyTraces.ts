import type { FormDefinition } from '../../../src/engine/definition/defineForm';

/**
 * What of a definition must never reach a visitor's browser, read from the definition itself: the
 * keys of its server-only parts that it sets, the labels of its scoring rules (unless they repeat a question's text), its webhook addresses
 * and the names of the secrets and variables behind them, its embed origins and Turnstile's secret
 * name and hostnames, the reply, the download and the tiers' next steps. Written here, not imported: the test must not share the page's own list.
 */
export function serverOnlyTraces(form: FormDefinition): { keys: string[]; values: string[] } {
  const keys: string[] = [];
  const values: string[] = [];
  const key = (present: unknown, name: string) => present !== undefined && keys.push(name);
  key(form.scoring, 'scoring');
  key(form.webhooks, 'webhooks');
  key(form.notify, 'notify');
  key(form.retentionDays, 'retentionDays');
  key(form.duplicates, 'duplicates');
  key(form.embed, 'embed');
  key(form.spam.minFillSeconds, 'minFillSeconds');
  key(form.spam.turnstile?.secret, 'secret');
  key(form.spam.turnstile?.hostnames, 'hostnames');
  key(form.partialLeads?.keepDays, 'keepDays');
  key(form.reply, 'reply');
  key(form.download, 'download');
  key(form.followUp, 'followUp');
  key(form.thankYou.next, 'next');
  // A rule's label may repeat the option it rewards ("51–200 people"): that text is the question's own.
  const asked = JSON.stringify(form.fields);
  for (const rule of form.scoring?.rules ?? []) {
    if (rule.label && !asked.includes(rule.label)) values.push(rule.label);
  }
  for (const endpoint of form.webhooks ?? []) {
    values.push(typeof endpoint.url === 'string' ? endpoint.url : endpoint.url.env);
    if (endpoint.secret) values.push(endpoint.secret);
  }
  for (const origin of form.embed?.origins ?? []) values.push(typeof origin === 'string' ? origin : origin.env);
  if (form.spam.turnstile) values.push(form.spam.turnstile.secret, ...(form.spam.turnstile.hostnames ?? []));
  // The reply's words, the download's text and the tiers' steps are a submission's to get, not the page's.
  if (form.reply) values.push(form.reply.body, ...Object.values(form.reply.outcomes ?? {}));
  if (form.reply?.event) values.push(form.reply.event.joinUrl);
  if (form.download) values.push(form.download.text, form.download.filename);
  for (const step of Object.values(form.thankYou.next ?? {})) if (step) values.push(step.href, step.text);
  return { keys, values };
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;');

/** Every trace found in `text` (a page's HTML, or JSON), as it appears raw, HTML-escaped or as a JSON key. */
export function leaksIn(text: string, traces: { keys: string[]; values: string[] }): string[] {
  const found = traces.keys.filter((name) => text.includes(`"${name}"`) || text.includes(`&quot;${name}&quot;`));
  for (const value of traces.values) if (text.includes(value) || text.includes(escapeHtml(value))) found.push(value);
  return found;
}
