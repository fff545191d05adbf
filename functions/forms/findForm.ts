import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { findTemplate } from '../../templates';
import { findStudioForm } from './studioForms';

/**
 * The form at a slug: a template from the code, else a form published in the studio (a slug is
 * one or the other, never both). With `version`, a studio form's earlier version if it has one;
 * a template has one version per deploy.
 */
export async function findForm(env: Env, slug: string, version?: string): Promise<FormDefinition | undefined> {
  const template = findTemplate(slug);
  if (template) return template;
  return findStudioForm(env.DB, slug, version);
}

/** Whether a slug is a template's (its pages are files of the build) rather than a studio form's. */
export function isTemplate(slug: string): boolean {
  return findTemplate(slug) !== undefined;
}

/**
 * The questions a fill was started on: a studio form's version named by the page the visitor got
 * (the `_v` control), so publishing meanwhile never changes a visitor's questions under them; the
 * current form otherwise (a template, an unknown version).
 */
export async function formOfFill(env: Env, current: FormDefinition, version: unknown): Promise<FormDefinition> {
  if (typeof version !== 'string' || version === current.version || isTemplate(current.slug)) return current;
  return (await findStudioForm(env.DB, current.slug, version)) ?? current;
}
