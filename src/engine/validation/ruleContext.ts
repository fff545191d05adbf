import type { PublicForm } from '../definition/publicForm';
import type { RuleContext, ValidationContext } from './context';

/** The form's phone country wins over the visitor's; the rest passes through. */
export function ruleContext(form: PublicForm, context: ValidationContext): RuleContext {
  return {
    phoneCountry: form.phoneCountry ?? context.visitorCountry,
    deferNationalPhones: context.deferNationalPhones,
    today: context.today,
  };
}
