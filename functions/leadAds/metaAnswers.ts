import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { MetaLeadAds } from '../../src/engine/leadAds/leadAdsSchema';
import type { RawInput, RawValue } from '../../src/engine/validation/types';
import type { MetaLead } from './fetchMetaLead';

/**
 * A Meta lead's answers as a submission of the form: each mapped question under its field's name
 * (a choice by its option's value or label, any case), each ticked mapped disclaimer as its consent
 * field. The form's own validation then judges them, exactly as a web post's.
 */
export function metaAnswers(form: FormDefinition, meta: MetaLeadAds, lead: MetaLead): RawInput {
  const input: Record<string, RawValue> = {};
  const byName = new Map(form.fields.map((field) => [field.name, field]));
  for (const { name: key, values } of lead.field_data) {
    const field = byName.get(meta.fields[key] ?? '');
    if (!field) continue;
    if ('options' in field) {
      const chosen = values.map((value) => {
        const wanted = value.trim().toLowerCase();
        const option = field.options.find((o) => o.value.toLowerCase() === wanted || o.label.toLowerCase() === wanted);
        return option?.value ?? value;
      });
      input[field.name] = field.kind === 'checkboxes' ? chosen : (chosen[0] ?? '');
    } else {
      input[field.name] = values[0] ?? '';
    }
  }
  for (const { checkbox_key, is_checked } of lead.custom_disclaimer_responses) {
    const field = meta.consents?.[checkbox_key];
    if (field && (is_checked === true || is_checked === '1' || is_checked === 'true')) input[field] = true;
  }
  return input;
}
