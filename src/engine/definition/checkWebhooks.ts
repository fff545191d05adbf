import type { FormOutput } from './formSchema';
import type { Problem } from './problem';

/** A tier filter on a form without scoring would silently send nothing: every lead there has no tier. */
export function checkWebhooks(form: FormOutput): Problem[] {
  if (form.scoring) return [];
  return (form.webhooks ?? []).flatMap((endpoint, index) =>
    endpoint.tiers
      ? [
          {
            where: `webhook "${endpoint.id}" (tiers)`,
            path: ['webhooks', index, 'tiers'],
            message: 'only scored leads have a tier; add scoring to the form, or remove the tiers filter',
          },
        ]
      : [],
  );
}
