import type { FormDefinition } from '../src/engine/definition/defineForm';
import { appointment } from './appointment';
import { callback } from './callback';
import { contact } from './contact';
import { demo } from './demo';
import { leadMagnet } from './lead-magnet';
import { loanCalculator } from './loan-calculator';
import { newsletter } from './newsletter';
import { productFinder } from './product-finder';
import { qualification } from './qualification';
import { quote } from './quote';
import { renovationEstimate } from './renovation-estimate';
import { savingsCalculator } from './savings-calculator';
import { waitlist } from './waitlist';
import { webinar } from './webinar';

/** Every published form, by slug. */
export const templates: ReadonlyMap<string, FormDefinition> = new Map(
  [
    quote,
    waitlist,
    callback,
    appointment,
    newsletter,
    contact,
    webinar,
    leadMagnet,
    demo,
    productFinder,
    qualification,
    renovationEstimate,
    savingsCalculator,
    loanCalculator,
  ].map((form) => [form.slug, form]),
);

export function findTemplate(slug: string): FormDefinition | undefined {
  return templates.get(slug);
}
