import type { FormOutput } from './formSchema';
import { formSteps } from './formSteps';
import type { Problem } from './problem';

/** Intake settings that name fields, or need fields, the form does not have. */
export function checkIntake(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const kindOf = new Map(form.fields.map((field) => [field.name, field.kind]));
  const hasContact = form.fields.some((field) => field.kind === 'email' || field.kind === 'tel');
  const isConsent = (name: string) => kindOf.get(name) === 'consent';
  const consentNames = form.fields.filter((field) => field.kind === 'consent').map((field) => field.name);
  const consentHint = consentNames.length > 0 ? `use one of: ${consentNames.join(', ')}` : 'add a consent field first';

  (form.webhooks ?? []).forEach((endpoint, index) => {
    if (endpoint.requiresConsent !== undefined && !isConsent(endpoint.requiresConsent)) {
      problems.push({
        where: `webhook "${endpoint.id}" (requiresConsent)`,
        path: ['webhooks', index, 'requiresConsent'],
        message: `"${endpoint.requiresConsent}" is not a consent field of this form, so no lead could carry that consent; ${consentHint}`,
      });
    }
  });
  if (form.duplicates && !hasContact) {
    problems.push({
      where: 'duplicates',
      path: ['duplicates'],
      message: 'duplicates are found by email or phone: add an email or tel field',
    });
  }
  if (form.partialLeads) {
    if (formSteps(form).length < 2) {
      problems.push({
        where: 'partialLeads',
        path: ['partialLeads'],
        message: 'partial leads need a multi-step form: add steps, or remove it',
      });
    }
    if (!hasContact) {
      problems.push({
        where: 'partialLeads',
        path: ['partialLeads'],
        message: 'a partial lead needs contact details: add an email or tel field',
      });
    }
    if (!isConsent(form.partialLeads.consent)) {
      problems.push({
        where: 'partialLeads (consent)',
        path: ['partialLeads', 'consent'],
        message: `"${form.partialLeads.consent}" is not a consent field; ${consentHint}`,
      });
    }
  }
  return problems;
}
