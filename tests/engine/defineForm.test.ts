import { describe, expect, it } from 'vitest';
import { defineForm } from '../../src/engine/definition/defineForm';
import type { FormInput } from '../../src/engine/definition/formSchema';

const minimal: FormInput = {
  slug: 'contact',
  title: 'Contact us',
  fields: [{ kind: 'email', name: 'email', label: 'Email', required: true }],
  thankYou: { title: 'Thanks', body: '' },
};

describe('defineForm', () => {
  it('fills defaults and stamps a version', () => {
    const form = defineForm(minimal);
    expect(form.locale).toBe('en');
    expect(form.theme.brand).toBe('#1f6feb');
    expect(form.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names the form file, the field and the fix for a bad field name', () => {
    const bad = { ...minimal, fields: [{ kind: 'text' as const, name: 'Full Name', label: 'Name' }] };
    expect(() => defineForm(bad)).toThrow(
      /Form "contact" \(templates\/contact\.ts\)[\s\S]*field "Full Name" \(name\): use lower-case letters/,
    );
  });

  it('rejects a choice field without options', () => {
    const bad = { ...minimal, fields: [{ kind: 'select' as const, name: 'plan', label: 'Plan', options: [] }] };
    expect(() => defineForm(bad)).toThrow(/field "plan" \(options\): add at least one option/);
  });

  it('rejects two fields with the same name', () => {
    const email = { kind: 'email' as const, name: 'email', label: 'Email' };
    expect(() => defineForm({ ...minimal, fields: [email, email] })).toThrow(/field names must be unique/);
  });

  it('rejects a slug that cannot be a URL segment', () => {
    expect(() => defineForm({ ...minimal, slug: 'Quote Form' })).toThrow(/slug: use lower-case words/);
  });
});
