import type { FormOutput, Step } from './formSchema';

/** The form's steps; a form without steps is one step holding every field. */
export function formSteps(form: Pick<FormOutput, 'fields' | 'steps' | 'title'>): Step[] {
  return form.steps ?? [{ id: 'form', title: form.title, fields: form.fields.map((field) => field.name) }];
}
