import type { FormDefinition } from '../definition/defineForm';
import type { RuleContext, ValidationContext } from './context';

/** The form's phone country wins over the visitor's; the rest passes through. */
export function ruleContext(form: FormDefinition, context: ValidationContext): RuleContext {
  return {
    phoneCountry: form.phoneCountry ?? context.visitorCountry,
    deferNationalPhones: context.deferNationalPhones,
  };
}
