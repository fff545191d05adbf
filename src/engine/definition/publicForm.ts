import * as v from 'valibot';
import type { Field } from '../fields/fieldKinds';
import type { Quiz } from '../scoring/quizSchema';
import type { Calculation } from './calculationSchema';
import type { FormDefinition } from './defineForm';
import type { FormOutput, Step } from './formSchema';

// The parts are taken as the definition already checked them; the schema only decides which travel.
const as = <T>() => v.custom<T>(() => true);

/**
 * What a form's page may hand the browser, listed: what the island needs to show, check and
 * compute every step. Anything not named here (scoring rules, webhooks, owner settings, secret
 * names, retention, duplicates, embed origins, a new key added later) is dropped.
 */
const publicFormSchema = v.object({
  slug: v.string(),
  // The hash of the questions, sent back with the answers so they are judged by the questions asked.
  version: v.string(),
  // Which A/B variant's page this is: posts, beacons and steps say so, so each counts where its view did.
  variant: v.optional(v.string()),
  title: v.string(),
  locale: as<FormOutput['locale']>(),
  phoneCountry: v.optional(v.string()),
  submitLabel: v.optional(v.string()),
  fields: as<Field[]>(),
  steps: v.optional(as<Step[]>()),
  layout: v.optional(as<NonNullable<FormOutput['layout']>>()),
  calculations: as<Calculation[]>(),
  // A quiz's outcomes have public pages of their own; its points are what the visitor's answers add up.
  quiz: v.optional(as<Quiz>()),
  spam: v.object({
    turnstile: v.optional(v.object({ siteKey: v.string(), action: v.optional(v.string()) })),
  }),
  partialLeads: v.optional(v.object({ consent: v.string() })),
  // The tiers' next steps stay on the server: a lead gets its own after sending, never the others'.
  thankYou: v.object({
    title: v.string(),
    body: v.string(),
    link: v.optional(as<NonNullable<FormOutput['thankYou']['link']>>()),
    site: v.optional(as<NonNullable<FormOutput['thankYou']['site']>>()),
  }),
});

export type PublicForm = v.InferOutput<typeof publicFormSchema>;

/** The definition as the browser receives it in the island's props. */
export function publicForm(form: FormDefinition): PublicForm {
  return v.parse(publicFormSchema, form);
}
