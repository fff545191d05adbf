import { describe, expect, it } from 'vitest';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import {
  isAutomaticName,
  isAutomaticValue,
  nameFromLabel,
  renameOption,
  valueFromLabel,
} from '../../../src/engine/studio/autoNames';

describe('names the studio makes from what the owner types', () => {
  it('makes names and values from questions and options', () => {
    expect(nameFromLabel('What needs painting?')).toBe('what_needs_painting');
    expect(nameFromLabel('Größe der Fläche (m²)')).toBe('grosse_der_flache_m2');
    expect(nameFromLabel('3 bedrooms')).toBe('q_3_bedrooms');
    expect(valueFromLabel('Both inside & out')).toBe('both-inside-out');
  });

  it('lets only names it made follow the question', () => {
    expect(isAutomaticName('question_3', 'New question')).toBe(true);
    expect(isAutomaticName('what_needs_painting', 'What needs painting?')).toBe(true);
    expect(isAutomaticName('need', 'What needs painting?')).toBe(false);
    expect(isAutomaticValue('first', 'First option')).toBe(true);
    expect(isAutomaticValue('interior', 'Interior')).toBe(true);
    expect(isAutomaticValue('int', 'Interior')).toBe(false);
  });

  it('renames an option value in every condition that names it', () => {
    const form = {
      slug: 'x',
      title: 'X',
      fields: [
        { kind: 'select', name: 'need', label: 'Need', options: [{ value: 'first', label: 'Exterior' }] },
        { kind: 'tel', name: 'phone', label: 'Phone', showIf: { any: [{ field: 'need', equals: 'first' }] } },
      ],
      steps: [{ id: 'a', title: 'A', fields: ['need', 'phone'], showIf: { field: 'need', oneOf: ['first', 'x'] } }],
      scoring: { rules: [{ when: { field: 'other', equals: 'first' }, points: 1 }], hot: 1, warm: 0 },
      thankYou: { title: 'T', body: '' },
    } as FormInput;
    renameOption(form, 'need', 'first', 'exterior');
    expect(form.fields[1]?.showIf).toEqual({ any: [{ field: 'need', equals: 'exterior' }] });
    expect(form.steps?.[0]?.showIf).toEqual({ field: 'need', oneOf: ['exterior', 'x'] });
    // Another field's value of the same spelling is not touched.
    expect(form.scoring?.rules[0]?.when).toEqual({ field: 'other', equals: 'first' });
  });
});
