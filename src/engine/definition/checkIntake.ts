import type { Problem } from './checkDefinition';
import type { FormOutput } from './formSchema';
import { formSteps } from './formSteps';
import { INTAKE_LIMITS } from './intakeLimits';

/** Intake settings that name fields, or need fields, the form does not have. */
export function checkIntake(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const kindOf = new Map(form.fields.map((field) => [field.name, field.kind]));
  const hasContact = form.fields.some((field) => field.kind === 'email' || field.kind === 'tel');
  const isConsent = (name: string) => kindOf.get(name) === 'consent';
  const consentNames = form.fields.filter((field) => field.kind === 'consent').map((field) => field.name);
  const consentHint = consentNames.length > 0 ? `use one of: ${consentNames.join(', ')}` : 'add a consent field first';

  for (const field of form.fields) {
    if ((field.kind === 'text' || field.kind === 'textarea') && (field.maxLength ?? 0) > INTAKE_LIMITS.maxAnswerChars) {
      problems.push({
        where: `field "${field.name}" (maxLength)`,
        message: `the Worker refuses answers over ${INTAKE_LIMITS.maxAnswerChars} characters; use at most that`,
      });
    }
  }
  for (const endpoint of form.webhooks ?? []) {
    if (endpoint.requiresConsent !== undefined && !isConsent(endpoint.requiresConsent)) {
      problems.push({
        where: `webhook "${endpoint.id}" (requiresConsent)`,
        message: `"${endpoint.requiresConsent}" is not a consent field of this form, so no lead could carry that consent; ${consentHint}`,
      });
    }
  }
  if (form.duplicates && !hasContact) {
    problems.push({
      where: 'duplicates',
      message: 'duplicates are found by email or phone: add an email or tel field',
    });
  }
  if (form.partialLeads) {
    if (formSteps(form).length < 2) {
      problems.push({
        where: 'partialLeads',
        message: 'partial leads need a multi-step form: add steps, or remove it',
      });
    }
    if (!hasContact) {
      problems.push({
        where: 'partialLeads',
        message: 'a partial lead needs contact details: add an email or tel field',
      });
    }
    if (!isConsent(form.partialLeads.consent)) {
      problems.push({
        where: 'partialLeads (consent)',
        message: `"${form.partialLeads.consent}" is not a consent field; ${consentHint}`,
      });
    }
  }
  return problems;
}
