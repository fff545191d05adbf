import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { formRoutes } from '../../../src/engine/definition/formRoutes';
import type { PartialLead } from '../../db/tables/intakeTables';
import { signResumeToken } from './resumeToken';

/** The signed link that reopens a partial lead where the visitor left it, until it expires. */
export async function resumeLink(
  secret: string,
  origin: string,
  form: FormDefinition,
  partial: PartialLead,
): Promise<string> {
  const token = await signResumeToken(secret, form.slug, partial.id, partial.expiresAt.getTime());
  return `${origin}${formRoutes(form.slug).page}resume?t=${token}`;
}
