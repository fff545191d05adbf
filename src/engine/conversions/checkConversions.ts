import type { FormOutput } from '../definition/formSchema';
import type { Problem } from '../definition/problem';

/** Conversions go out only with a consent the form asks for, to at least one platform. */
export function checkConversions(form: FormOutput): Problem[] {
  const conversions = form.conversions;
  if (!conversions) return [];
  const problems: Problem[] = [];
  const field = form.fields.find((candidate) => candidate.name === conversions.consent);
  if (field?.kind !== 'consent') {
    const consents = form.fields.filter((f) => f.kind === 'consent').map((f) => f.name);
    problems.push({
      where: 'conversions.consent',
      path: ['conversions', 'consent'],
      message: `name the consent field whose tick allows sending conversions; use one of: ${consents.join(', ') || '(add a consent field)'}`,
    });
  }
  if (!conversions.meta && !conversions.google) {
    problems.push({
      where: 'conversions',
      path: ['conversions'],
      message: 'connect meta, google or both, or leave conversions out',
    });
  }
  return problems;
}
