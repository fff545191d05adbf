import { env, exports } from 'cloudflare:workers';
import { defineForm, type FormDefinition } from '../../../src/engine/definition/defineForm';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { ORIGIN } from '../helpers';
import { hookUrl } from '../webhooks/receiver/receiver';
import { publishForTest } from '../webhooks/webhookFixtures';

/**
 * A form for intake tests, published under `slug` (test-only, see publishForTest): name, email,
 * phone, a plan, the required contact consent and an optional marketing consent.
 */
export function intakeForm(slug: string, extra: Partial<FormInput> = {}): FormDefinition {
  const form = defineForm({
    slug,
    title: `Intake test ${slug}`,
    phoneCountry: 'GB',
    fields: [
      { kind: 'text', name: 'name', label: 'Name', required: true },
      { kind: 'email', name: 'email', label: 'Email' },
      { kind: 'tel', name: 'phone', label: 'Phone' },
      {
        kind: 'select',
        name: 'plan',
        label: 'Plan',
        required: true,
        options: [
          { value: 'basic', label: 'Basic' },
          { value: 'pro', label: 'Pro' },
        ],
      },
      {
        kind: 'consent',
        name: 'consent',
        label: 'Consent',
        required: true,
        text: 'You may contact me about my request.',
        version: '2026-11-01',
      },
      {
        kind: 'consent',
        name: 'marketing',
        label: 'Marketing',
        text: 'Send me news and offers by email.',
        version: '2026-11-02',
      },
    ],
    thankYou: { title: 'Thanks', body: '' },
    ...extra,
  });
  publishForTest(form);
  return form;
}

export const answersFor = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Grace Hopper',
  email,
  plan: 'pro',
  consent: true,
  ...extra,
});

/** POSTs JSON to the form's submission API through the test Worker. */
export function submitJson(slug: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${slug}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

export interface LeadView {
  id: string;
  answers: string;
  status: string;
  screening: string;
  screening_reason: string | null;
  attribution: string | null;
  consent: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  created_at: number;
  updated_at: number | null;
}

export async function leadsOf(slug: string): Promise<LeadView[]> {
  const { results } = await env.DB.prepare('select * from leads where form_slug = ? order by created_at')
    .bind(slug)
    .all<LeadView>();
  return results;
}

export async function outboxEvents(leadId: string): Promise<string[]> {
  const { results } = await env.DB.prepare('select event from webhook_outbox where lead_id = ? order by created_at')
    .bind(leadId)
    .all<{ event: string }>();
  return results.map((row) => row.event);
}

/** An endpoint on the test receiver taking both lead events, signed with TEST_WEBHOOK_SECRET. */
export function receiverEndpoint(hook: string, extra: Record<string, unknown> = {}) {
  return {
    id: hook,
    url: hookUrl(hook),
    secret: 'TEST_WEBHOOK_SECRET',
    events: ['lead.created', 'lead.updated'] as ('lead.created' | 'lead.updated')[],
    ...extra,
  };
}
