import { describe, expect, it } from 'vitest';
import { liveResults } from '../../../src/engine/scoring/liveResults';
import { resultInputs } from '../../../src/engine/scoring/resultInputs';
import { testForm } from './testForm';

const form = testForm({
  fields: [
    { kind: 'number', name: 'area', label: 'Area' },
    {
      kind: 'radio',
      name: 'plan',
      label: 'Plan',
      options: [
        { value: 'small', label: 'Small', points: 1 },
        { value: 'large', label: 'Large', points: 5 },
      ],
    },
    { kind: 'select', name: 'room', label: 'Room', options: [{ value: 'kitchen', label: 'Kitchen' }] },
    { kind: 'number', name: 'cabinets', label: 'Cabinets', showIf: { field: 'room', equals: 'kitchen' } },
    { kind: 'text', name: 'name', label: 'Name' },
    { kind: 'email', name: 'email', label: 'Email' },
  ],
  calculations: [{ name: 'total', label: 'Total', formula: 'area * 10 + cabinets', format: { style: 'decimal' } }],
  quiz: {
    outcomes: [
      { id: 'low', minScore: 0, title: 'Low', body: '' },
      { id: 'high', minScore: 5, title: 'High', body: '' },
    ],
  },
});

describe('resultInputs', () => {
  it('lists the answers formulas read, those a quiz scores and those a condition looks at, and no others', () => {
    expect(new Set(resultInputs(form))).toEqual(new Set(['area', 'cabinets', 'plan', 'room']));
  });

  it('leaves out only answers that cannot move a result', () => {
    const base = { area: '12', plan: 'large', room: 'kitchen', cabinets: '3', name: 'Ada', email: 'ada@example.com' };
    const left = form.fields.map((field) => field.name).filter((name) => !resultInputs(form).includes(name));
    const results = (input: Record<string, string>) => JSON.stringify(liveResults(form, input));
    for (const name of left) expect(results({ ...base, [name]: 'Someone else' }), name).toBe(results(base));
    // The condition's answer moves them: without a kitchen, the cabinets are not asked, so not counted.
    expect(results({ ...base, room: '' })).not.toBe(results(base));
  });
});
