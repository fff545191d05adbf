import { describe, expect, it } from 'vitest';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { leadScore } from '../../../src/engine/scoring/leadScore';
import { testForm } from './testForm';

const scoring = {
  rules: [
    { when: { field: 'budget', equals: 'large' }, points: 30, label: 'Large budget' },
    { when: { field: 'timeline', equals: 'now' }, points: 20, label: 'Starts now' },
    { when: { field: 'yearly', greaterThan: 5999 }, points: 25, label: 'Yearly cost of 6,000 or more' },
    { when: { field: 'email', contains: '@gmail.' }, points: -15 },
    { when: { field: 'timeline', equals: 'later' }, points: -10, label: 'Not this year' },
  ],
  hot: 50,
  warm: 20,
};

const form = testForm({
  fields: [
    {
      kind: 'radio',
      name: 'budget',
      label: 'Budget',
      options: [
        { value: 'small', label: 'Small' },
        { value: 'large', label: 'Large' },
      ],
    },
    {
      kind: 'radio',
      name: 'timeline',
      label: 'Timeline',
      options: [
        { value: 'now', label: 'Now' },
        { value: 'later', label: 'Later' },
      ],
    },
    { kind: 'number', name: 'seats', label: 'Seats' },
    { kind: 'email', name: 'email', label: 'Email' },
  ],
  calculations: [{ name: 'yearly', label: 'Yearly cost', formula: 'seats * 120', format: { style: 'decimal' } }],
  scoring,
});

const score = (answers: Parameters<typeof leadScore>[1]) => evaluateResults(form, answers).lead;

describe('leadScore', () => {
  it('adds the points of every rule that holds and names them', () => {
    expect(score({ budget: 'large', timeline: 'now', seats: 10, email: 'ana@example.com' })).toEqual({
      score: 50,
      tier: 'hot',
      reasons: ['Large budget', 'Starts now'],
    });
  });

  it('is hot from exactly the hot threshold, and warm when that is one point higher', () => {
    const answers = { budget: 'large', timeline: 'now' };
    expect(leadScore({ scoring }, answers, {})).toMatchObject({ score: 50, tier: 'hot' });
    expect(leadScore({ scoring: { ...scoring, hot: 51 } }, answers, {})).toMatchObject({ score: 50, tier: 'warm' });
  });

  it('is warm from exactly the warm threshold, and cold when that is one point higher', () => {
    expect(leadScore({ scoring }, { timeline: 'now' }, {})).toMatchObject({ score: 20, tier: 'warm' });
    expect(leadScore({ scoring: { ...scoring, warm: 21 } }, { timeline: 'now' }, {})).toMatchObject({
      score: 20,
      tier: 'cold',
    });
  });

  it('subtracts negative points, below zero if need be, and names an unlabelled rule by its number', () => {
    expect(score({ timeline: 'later', email: 'sam@gmail.com' })).toEqual({
      score: -25,
      tier: 'cold',
      reasons: ['rule 4', 'Not this year'],
    });
  });

  it('reads calculations as well as answers', () => {
    expect(score({ seats: 50 })).toEqual({ score: 25, tier: 'warm', reasons: ['Yearly cost of 6,000 or more'] });
    expect(score({ seats: 49 })).toEqual({ score: 0, tier: 'cold', reasons: [] });
  });

  it('gives no points for a rule over a calculation that could not be computed', () => {
    expect(score({ budget: 'large' })).toEqual({ score: 30, tier: 'warm', reasons: ['Large budget'] });
  });

  it('gives no lead score to a form without scoring', () => {
    expect(leadScore({}, { budget: 'large' }, {})).toBeUndefined();
  });
});
