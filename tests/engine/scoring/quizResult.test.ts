import { describe, expect, it } from 'vitest';
import { quizResult } from '../../../src/engine/scoring/quizResult';
import { testForm } from './testForm';

/** Scored by total; outcomes are declared out of order on purpose. */
const plans = testForm({
  fields: [
    {
      kind: 'radio',
      name: 'team',
      label: 'Team size',
      options: [
        { value: 'solo', label: 'Just me', points: 0 },
        { value: 'small', label: '2–10', points: 5 },
        { value: 'large', label: '11 or more', points: 10 },
      ],
    },
    {
      kind: 'checkboxes',
      name: 'needs',
      label: 'Needs',
      options: [
        { value: 'sso', label: 'Single sign-on', points: 6 },
        { value: 'api', label: 'API', points: 3 },
        { value: 'audit', label: 'Audit log', points: 4 },
        { value: 'forms', label: 'Just forms' },
      ],
    },
    {
      kind: 'select',
      name: 'current',
      label: 'Current tool',
      options: [
        { value: 'none', label: 'None', points: -2 },
        { value: 'other', label: 'Another tool', points: 1 },
      ],
    },
  ],
  quiz: {
    outcomes: [
      { id: 'growth', title: 'Growth', body: '', minScore: 8 },
      { id: 'enterprise', title: 'Enterprise', body: '', minScore: 16 },
      { id: 'starter', title: 'Starter', body: '', minScore: 2 },
    ],
  },
});

/** Scored by top category. */
const coffee = testForm({
  fields: [
    {
      kind: 'radio',
      name: 'brew',
      label: 'How do you brew?',
      options: [
        { value: 'espresso', label: 'Espresso', points: { dark: 3, medium: 1 } },
        { value: 'filter', label: 'Filter', points: { light: 3, medium: 1 } },
        { value: 'cafetiere', label: 'Cafetière', points: { medium: 2, dark: 1 } },
      ],
    },
    {
      kind: 'checkboxes',
      name: 'notes',
      label: 'Flavours you like',
      options: [
        { value: 'fruit', label: 'Fruit', points: { light: 2 } },
        { value: 'chocolate', label: 'Chocolate', points: { medium: 1, dark: 1 } },
        { value: 'smoke', label: 'Smoke', points: { dark: 2 } },
      ],
    },
  ],
  quiz: {
    categories: [
      { id: 'light', label: 'Light roast' },
      { id: 'medium', label: 'Medium roast' },
      { id: 'dark', label: 'Dark roast' },
    ],
    outcomes: [
      { id: 'dark-outcome', title: 'Dark', body: '', category: 'dark' },
      { id: 'light-outcome', title: 'Light', body: '', category: 'light' },
      { id: 'medium-outcome', title: 'Medium', body: '', category: 'medium' },
    ],
  },
});

const outcomeOf = (answers: Parameters<typeof quizResult>[1]) => quizResult(plans, answers)?.outcome.id;

describe('quizResult scored by total', () => {
  it('adds the points of the chosen options', () => {
    const result = quizResult(plans, { team: 'small', needs: ['api'], current: 'other' });
    expect(result).toMatchObject({ total: 9, categories: {}, outcome: { id: 'growth', title: 'Growth' } });
  });

  it('adds the points of every ticked checkbox, and none for an option without points', () => {
    expect(quizResult(plans, { needs: ['sso', 'api', 'audit', 'forms'] })?.total).toBe(13);
  });

  it('gives an outcome from exactly its minScore', () => {
    expect(outcomeOf({ team: 'solo', needs: ['api'], current: 'other' })).toBe('starter'); // 4
    expect(outcomeOf({ team: 'small', needs: ['api'] })).toBe('growth'); // 8
    expect(outcomeOf({ team: 'large', needs: ['sso'] })).toBe('enterprise'); // 16
  });

  it('keeps the lower outcome one point below the next threshold', () => {
    expect(outcomeOf({ team: 'small', needs: ['api'], current: 'none' })).toBe('starter'); // 6
    expect(outcomeOf({ team: 'large', needs: ['audit'], current: 'other' })).toBe('growth'); // 15
  });

  it('gives the lowest outcome to a total below every threshold, negative points included', () => {
    const result = quizResult(plans, { team: 'solo', current: 'none' });
    expect(result?.total).toBe(-2);
    expect(result?.outcome.id).toBe('starter');
    expect(outcomeOf({})).toBe('starter');
  });

  it('gives no result for a form without a quiz', () => {
    expect(quizResult(testForm({ fields: [{ kind: 'text', name: 'name', label: 'Name' }] }), {})).toBeUndefined();
  });
});

describe('quizResult scored by category', () => {
  it('picks the outcome of the top category and reports the points of each', () => {
    const result = quizResult(coffee, { brew: 'espresso', notes: ['smoke'] });
    expect(result).toMatchObject({ total: 6, categories: { light: 0, medium: 1, dark: 5 } });
    expect(result?.outcome.id).toBe('dark-outcome');
  });

  it('adds per-category points for every ticked checkbox', () => {
    const result = quizResult(coffee, { brew: 'filter', notes: ['fruit', 'chocolate', 'smoke'] });
    expect(result?.categories).toEqual({ light: 5, medium: 2, dark: 3 });
    expect(result?.total).toBe(10);
    expect(result?.outcome.id).toBe('light-outcome');
  });

  it('gives a tie to the category declared first, though its outcome is declared later', () => {
    const tie = quizResult(coffee, { brew: 'filter', notes: ['chocolate', 'smoke'] });
    expect(tie?.categories).toEqual({ light: 3, medium: 2, dark: 3 });
    expect(tie?.outcome.id).toBe('light-outcome');
  });

  it('gives the first declared category when nothing is answered', () => {
    const result = quizResult(coffee, {});
    expect(result).toMatchObject({ total: 0, categories: { light: 0, medium: 0, dark: 0 } });
    expect(result?.outcome.id).toBe('light-outcome');
  });
});
