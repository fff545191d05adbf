import type { Problem } from './checkDefinition';
import type { FormOutput } from './formSchema';

/** A tier filter on a form without scoring would silently send nothing: every lead there has no tier. */
export function checkWebhooks(form: FormOutput): Problem[] {
  if (form.scoring) return [];
  return (form.webhooks ?? [])
    .filter((endpoint) => endpoint.tiers)
    .map((endpoint) => ({
      where: `webhook "${endpoint.id}" (tiers)`,
      message: 'only scored leads have a tier; add scoring to the form, or remove the tiers filter',
    }));
}
