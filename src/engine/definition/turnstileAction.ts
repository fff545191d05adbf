import type { PublicForm } from './publicForm';

/** The Turnstile action a form's widget reports and the Worker requires: the definition's, else the slug (at most 32 characters). */
export function turnstileAction(form: Pick<PublicForm, 'slug' | 'spam'>): string {
  return form.spam.turnstile?.action ?? form.slug.slice(0, 32);
}
