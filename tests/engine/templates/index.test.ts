import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTemplate, templates } from '../../../templates';

describe('the template registry', () => {
  it('lists every template once, with quote first', () => {
    expect([...templates.keys()]).toEqual([
      'quote',
      'waitlist',
      'callback',
      'appointment',
      'newsletter',
      'contact',
      'webinar',
      'lead-magnet',
      'demo',
      'product-finder',
      'qualification',
      'renovation-estimate',
      'savings-calculator',
      'loan-calculator',
    ]);
  });

  it.each([...templates.keys()])('finds %s in a file named after its slug, with a 16-hex-digit version', (slug) => {
    expect(findTemplate(slug)?.slug).toBe(slug);
    expect(existsSync(new URL(`../../../templates/${slug}.ts`, import.meta.url))).toBe(true);
    expect(findTemplate(slug)?.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives every template that can contact someone a consent field with a version', () => {
    for (const form of templates.values()) {
      const consent = form.fields.find((field) => field.kind === 'consent');
      expect(consent?.required, form.slug).toBe(true);
      expect(consent?.kind === 'consent' && consent.version, form.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
