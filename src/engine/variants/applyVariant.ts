import type { FormDefinition } from '../definition/formSchema';

/**
 * The form as one of its variants shows it: the variant's title, intro, button, question wording
 * and order, and `variant` naming it. The questions, their rules and the version stay the form's
 * own, so validation, scoring and the stored shape do not depend on which variant a visitor saw.
 * An id the form does not have gives the form unchanged.
 */
export function applyVariant(form: FormDefinition, id: string | undefined): FormDefinition {
  const variant = form.variants?.find((candidate) => candidate.id === id);
  if (!variant) return form;
  const rank = new Map((variant.order ?? []).map((name, index) => [name, index]));
  const byRank = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const fields = form.fields
    .map((field) => {
      const words = variant.questions?.[field.name];
      if (!words) return field;
      return {
        ...field,
        ...(words.label !== undefined && { label: words.label }),
        ...(words.help !== undefined && { help: words.help }),
      };
    })
    .sort((a, b) => byRank(a.name, b.name));
  return {
    ...form,
    ...(variant.title !== undefined && { title: variant.title }),
    ...(variant.intro !== undefined && { intro: variant.intro }),
    ...(variant.submitLabel !== undefined && { submitLabel: variant.submitLabel }),
    fields,
    ...(form.steps && { steps: form.steps.map((step) => ({ ...step, fields: [...step.fields].sort(byRank) })) }),
    variant: variant.id,
  };
}
