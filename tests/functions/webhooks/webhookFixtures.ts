import { env } from 'cloudflare:workers';
import { saveNewLead } from '../../../functions/submissions/submit/saveLead';
import { defineForm, type FormDefinition } from '../../../src/engine/definition/defineForm';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { templates } from '../../../templates';

/** The secret TEST_WEBHOOK_SECRET holds in the test bindings (vitest.config.ts). */
export const TEST_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
export const OTHER_SECRET = `whsec_${btoa('o'.repeat(32))}`;

/** A random source in the middle of [0, 1): no jitter, so attempts land exactly on their slots. */
export const NO_JITTER = () => 0.5;

/** The questions of webhookForm: a name, an email and a budget whose "high" makes a hot lead. */
export const WEBHOOK_FORM_FIELDS = [
  { kind: 'text', name: 'name', label: 'Your name', required: true },
  { kind: 'email', name: 'email', label: 'Email', required: true },
  {
    kind: 'select',
    name: 'budget',
    label: 'Budget',
    required: true,
    options: [
      { value: 'low', label: 'Under $1,000' },
      { value: 'high', label: 'Over $10,000' },
    ],
  },
] satisfies FormInput['fields'];

/** A lead form with scoring (budget "high" is a hot lead) and the given endpoints. */
export function webhookForm(
  slug: string,
  webhooks: NonNullable<FormInput['webhooks']>,
  extra: Partial<FormInput> = {},
): FormDefinition {
  return defineForm({
    slug,
    title: `Webhook test ${slug}`,
    fields: [...WEBHOOK_FORM_FIELDS],
    scoring: {
      rules: [{ when: { field: 'budget', equals: 'high' }, points: 60, label: 'Big budget' }],
      hot: 50,
      warm: 20,
    },
    webhooks,
    thankYou: { title: 'Thanks', body: '' },
    ...extra,
  });
}

export const answers = (email: string, budget: 'low' | 'high' = 'high') => ({ name: 'Ada Lovelace', email, budget });

/**
 * Stores a lead as acceptSubmission does (validated, scored, lead and outbox rows in one batch), at
 * a chosen time, without the first attempt: as if the Worker stopped right after the write.
 */
export async function storeLead(form: FormDefinition, input: Record<string, string>, now: Date): Promise<string> {
  const verdict = validateAnswers(form, input);
  if (!verdict.ok) throw new Error(`test answers are invalid: ${JSON.stringify(verdict.errors)}`);
  return saveNewLead(env, form, verdict.answers, evaluateResults(form, verdict.answers), now);
}

/**
 * Test-only: publishes a form so that /api/forms/<slug>/submissions finds it. The test Worker runs
 * in the tests' isolate and shares this module, so this touches nothing a deployed Worker can reach.
 */
export function publishForTest(form: FormDefinition): void {
  (templates as Map<string, FormDefinition>).set(form.slug, form);
}

export interface OutboxView {
  id: string;
  endpoint: string;
  event: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  first_scheduled_at: number;
  last_error: string | null;
  lease_until: number | null;
  payload: string;
}

export async function outboxOf(leadId: string): Promise<OutboxView[]> {
  const { results } = await env.DB.prepare('select * from webhook_outbox where lead_id = ? order by endpoint, event')
    .bind(leadId)
    .all<OutboxView>();
  return results;
}

export async function outboxRow(leadId: string, endpoint: string): Promise<OutboxView> {
  const row = (await outboxOf(leadId)).find((candidate) => candidate.endpoint === endpoint);
  if (!row) throw new Error(`lead ${leadId} has no delivery to ${endpoint}`);
  return row;
}

export interface AttemptView {
  attempt: number;
  started_at: number;
  duration_ms: number;
  http_status: number | null;
  error: string | null;
  response_body: string | null;
  decision: string;
}

export async function attemptsOf(outboxId: string): Promise<AttemptView[]> {
  const { results } = await env.DB.prepare('select * from webhook_attempts where outbox_id = ? order by id')
    .bind(outboxId)
    .all<AttemptView>();
  return results;
}

export async function endpointState(formSlug: string, endpoint: string) {
  return env.DB.prepare('select * from webhook_endpoints where form_slug = ? and endpoint = ?')
    .bind(formSlug, endpoint)
    .first<{ disabled_at: number | null; disabled_reason: string | null; failing_since: number | null }>();
}

/** `seconds` after `base`, as a Date. */
export function secondsAfter(base: number, seconds: number): Date {
  return new Date(base + seconds * 1000);
}
