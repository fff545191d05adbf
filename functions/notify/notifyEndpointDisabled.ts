import { sendOwnerEmail } from './sendOwnerEmail';

/** Tells the owner (log and email) that an endpoint was disabled, why, and how to recover. Never throws. */
export async function notifyEndpointDisabled(
  env: Env,
  formSlug: string,
  endpoint: string,
  reason: string,
): Promise<void> {
  console.error('webhook endpoint disabled', { form: formSlug, endpoint, reason });
  await sendOwnerEmail(env, {
    subject: `Formwell stopped sending webhooks to "${endpoint}" (form ${formSlug})`,
    text: [
      `The webhook endpoint "${endpoint}" of the form "${formSlug}" was disabled.`,
      '',
      `Why: ${reason}`,
      '',
      'New leads are still stored, and their deliveries to this endpoint are kept as failed.',
      'Once the receiver works again, enable the endpoint and recover the failed deliveries from the admin.',
    ].join('\n'),
  });
}
