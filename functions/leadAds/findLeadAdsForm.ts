import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { MetaLeadAds } from '../../src/engine/leadAds/leadAdsSchema';
import { listForms } from '../forms/listForms';

/** The form a Facebook Page's lead ads feed, with its connection; undefined when no form names the Page. */
export async function findMetaForm(
  env: Env,
  pageId: string,
): Promise<{ form: FormDefinition; meta: MetaLeadAds } | undefined> {
  for (const form of await listForms(env)) {
    const meta = form.leadAds?.meta;
    if (meta && meta.pageId === pageId) return { form, meta };
  }
  return undefined;
}
