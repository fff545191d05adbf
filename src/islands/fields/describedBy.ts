import { fieldIds } from '../../engine/definition/fieldIds';
import type { Field } from '../../engine/fields/fieldKinds';

/** The `aria-describedby` list for a control: its help text, then its error. */
export function describedBy(field: Field, error: string | undefined): string | undefined {
  const ids = fieldIds(field.name);
  const list = [field.help ? ids.help : '', error ? ids.error : ''].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}
