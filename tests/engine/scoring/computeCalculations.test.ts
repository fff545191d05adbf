import { describe, expect, it } from 'vitest';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { computeCalculations } from '../../../src/engine/scoring/computeCalculations';
import { testForm } from './testForm';

const decimal = { style: 'decimal' } as const;
const gbp = { style: 'currency', currency: 'GBP' } as const;

const fields: FormInput['fields'] = [
  { kind: 'number', name: 'area', label: 'Area', unit: 'm²' },
  {
    kind: 'radio',
    name: 'room',
    label: 'Room',
    options: [
      { value: 'kitchen', label: 'Kitchen', amount: 900 },
      { value: 'bathroom', label: 'Bathroom', amount: 1200 },
    ],
  },
  {
    kind: 'checkboxes',
    name: 'extras',
    label: 'Extras',
    options: [
      { value: 'lighting', label: 'Lighting', amount: 650 },
      { value: 'heating', label: 'Underfloor heating', amount: 1400 },
      { value: 'skip', label: 'Skip hire', amount: 280 },
    ],
  },
  { kind: 'range', name: 'discount', label: 'Discount', min: 0, max: 50, unit: 'percent' },
  { kind: 'rating', name: 'urgency', label: 'Urgency' },
];

const renovation = testForm({
  fields,
  calculations: [
    { name: 'base', label: 'Base', formula: 'area * room', format: gbp },
    { name: 'with_extras', label: 'With extras', formula: 'base + extras', format: gbp },
    { name: 'after_discount', label: 'After discount', formula: 'with_extras * (1 - discount / 100)', format: gbp },
    { name: 'extras_only', label: 'Extras', formula: 'extras', format: gbp },
    { name: 'urgency_share', label: 'Urgency share', formula: 'urgency / 5', format: { style: 'percent' } },
  ],
});

describe('computeCalculations', () => {
  it('computes every calculation in the declared order, each reading the ones before it', () => {
    const computed = computeCalculations(renovation, {
      area: 12,
      room: 'kitchen',
      extras: ['lighting', 'skip'],
      discount: 10,
      urgency: 4,
    });
    // 12 m² × 900 = 10,800; + 650 + 280 = 11,730; less 10 % = 10,557.
    expect(computed).toEqual({
      base: 10800,
      with_extras: 11730,
      after_discount: 10557,
      extras_only: 930,
      urgency_share: 0.8,
    });
    expect(Object.keys(computed)).toEqual(['base', 'with_extras', 'after_discount', 'extras_only', 'urgency_share']);
  });

  it('reads the amount of the chosen option of a radio field', () => {
    const computed = computeCalculations(renovation, { area: 10, room: 'bathroom', discount: 0, urgency: 1 });
    expect(computed.base).toBe(12000);
  });

  it('sums the amounts of every ticked checkbox, and reads no box ticked as 0', () => {
    expect(computeCalculations(renovation, { extras: ['lighting', 'heating', 'skip'] }).extras_only).toBe(2330);
    expect(computeCalculations(renovation, {}).extras_only).toBe(0);
  });

  it('leaves out a calculation whose answer is missing, and every calculation built on it', () => {
    const computed = computeCalculations(renovation, { room: 'kitchen', extras: ['heating'], discount: 5, urgency: 5 });
    expect(computed).toEqual({ extras_only: 1400, urgency_share: 1 });
  });

  it('leaves out the dependants of a calculation whose later input is missing', () => {
    const computed = computeCalculations(renovation, { area: 12, room: 'kitchen', extras: [], urgency: 2 });
    expect(computed).toEqual({ base: 10800, with_extras: 10800, extras_only: 0, urgency_share: 0.4 });
  });

  it('leaves out a calculation that divides by zero, and its dependants, but keeps the rest', () => {
    const form = testForm({
      fields: [
        { kind: 'number', name: 'saved', label: 'Saved per month' },
        { kind: 'number', name: 'cost', label: 'Cost' },
      ],
      calculations: [
        { name: 'payback', label: 'Payback', formula: 'cost / saved', format: decimal },
        { name: 'payback_weeks', label: 'Payback in weeks', formula: 'payback * 4', format: decimal },
        { name: 'guarded', label: 'Guarded', formula: 'if(saved == 0, 0, cost / saved)', format: decimal },
        { name: 'yearly', label: 'Yearly', formula: 'saved * 12', format: decimal },
      ],
    });
    expect(computeCalculations(form, { saved: 0, cost: 600 })).toEqual({ guarded: 0, yearly: 0 });
    expect(computeCalculations(form, { saved: 150, cost: 600 })).toEqual({
      payback: 4,
      payback_weeks: 16,
      guarded: 4,
      yearly: 1800,
    });
  });

  it('gives nothing for a form without calculations', () => {
    expect(computeCalculations(testForm({ fields }), { area: 3 })).toEqual({});
  });
});
