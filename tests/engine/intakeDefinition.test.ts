import { describe, expect, it } from 'vitest';
import { defineForm } from '../../src/engine/definition/defineForm';
import type { FormInput } from '../../src/engine/definition/formSchema';

const base: FormInput = {
  slug: 'intake-definition',
  title: 'Intake',
  fields: [
    { kind: 'text', name: 'name', label: 'Name' },
    { kind: 'email', name: 'email', label: 'Email' },
    { kind: 'consent', name: 'consent', label: 'Consent', text: 'You may contact me.', version: '1' },
  ],
  thankYou: { title: 'Thanks', body: '' },
};
const define = (extra: Partial<FormInput>) => () => defineForm({ ...base, ...extra });

describe('intake settings in a definition', () => {
  it('defaults to a 1.5 s minimum fill time, no Turnstile, no merging, no embeds and no partial leads', () => {
    const form = defineForm(base);
    expect(form.spam).toEqual({ minFillSeconds: 1.5 });
    expect(form.duplicates).toBeUndefined();
    expect(form.embed).toBeUndefined();
    expect(form.partialLeads).toBeUndefined();
  });

  it('refuses partial leads on a one-step form, naming the fix', () => {
    expect(define({ partialLeads: { consent: 'consent' } })).toThrow(
      /partialLeads: partial leads need a multi-step form: add steps, or remove it/,
    );
  });

  it('refuses partial leads whose consent is not a consent field', () => {
    const steps = [
      { id: 'one', title: 'One', fields: ['name', 'email'] },
      { id: 'two', title: 'Two', fields: ['consent'] },
    ];
    expect(define({ steps, partialLeads: { consent: 'name' } })).toThrow(
      /partialLeads \(consent\): "name" is not a consent field; use one of: consent/,
    );
    expect(defineForm({ ...base, steps, partialLeads: { consent: 'consent' } }).partialLeads).toEqual({
      consent: 'consent',
      keepDays: 30,
    });
  });

  it('refuses merging duplicates on a form that asks for neither email nor phone', () => {
    const fields = [{ kind: 'text' as const, name: 'name', label: 'Name' }];
    expect(define({ fields, duplicates: { withinHours: 24 } })).toThrow(/duplicates: .*add an email or tel field/);
  });

  it('refuses a text field allowed to be longer than the Worker takes an answer', () => {
    const fields = [{ kind: 'textarea' as const, name: 'story', label: 'Story', maxLength: 20_000 }];
    expect(define({ fields })).toThrow(/field "story" \(maxLength\): the Worker refuses answers over 10000 characters/);
  });

  it.each([
    ['a path', 'https://shop.example/page'],
    ['upper case', 'https://Shop.example'],
    ['no scheme', 'shop.example'],
  ])('refuses an embed origin with %s', (_, origin) => {
    expect(define({ embed: { origins: [origin] } })).toThrow(/embed/);
  });

  it('refuses a Turnstile secret written into the definition instead of named', () => {
    expect(define({ spam: { turnstile: { siteKey: '0x4AAA', secret: '0x4AAAAAAAsecretvalue' } } })).toThrow(
      /name the Worker secret that holds the Turnstile secret key/,
    );
  });
});
