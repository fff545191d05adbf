import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/engine/definition/defineForm';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { definitionProblems } from './definitionProblems';

const decimal = { style: 'decimal' } as const;

const calculator: FormInput['fields'] = [
  { kind: 'number', name: 'area', label: 'Area' },
  {
    kind: 'radio',
    name: 'finish',
    label: 'Finish',
    options: [
      { value: 'standard', label: 'Standard', amount: 1 },
      { value: 'premium', label: 'Premium', amount: 1.3 },
    ],
  },
  {
    kind: 'radio',
    name: 'room',
    label: 'Room',
    options: [
      { value: 'kitchen', label: 'Kitchen', amount: 900 },
      { value: 'other', label: 'Something else' },
    ],
  },
  { kind: 'email', name: 'email', label: 'Email', required: true },
];

const roast = (points: { light?: number; dark?: number } | number) => ({
  kind: 'radio' as const,
  name: 'brew',
  label: 'How do you brew?',
  options: [
    { value: 'filter', label: 'Filter', points },
    { value: 'espresso', label: 'Espresso' },
  ],
});

const byCategory = {
  categories: [
    { id: 'light', label: 'Light roast' },
    { id: 'dark', label: 'Dark roast' },
  ],
  outcomes: [
    { id: 'light-roast', title: 'Light', body: '', category: 'light' },
    { id: 'dark-roast', title: 'Dark', body: '', category: 'dark' },
  ],
};

const byTotal = {
  outcomes: [
    { id: 'starter', title: 'Starter', body: '', minScore: 0 },
    { id: 'growth', title: 'Growth', body: '', minScore: 5 },
  ],
};

describe('checking calculations', () => {
  it('points at the position of a syntax error in a formula and says what was expected', () => {
    const problems = definitionProblems({
      fields: calculator,
      calculations: [{ name: 'total', label: 'Total', formula: 'area * * finish', format: decimal }],
    });
    expect(problems).toEqual([
      {
        where: 'calculation "total" (formula)',
        message: 'expected a number, a field or "(" at position 7, found "*"',
      },
    ]);
  });

  it('names an unknown field in a formula and lists the fields and earlier calculations it can use', () => {
    const problems = definitionProblems({
      fields: calculator,
      calculations: [
        { name: 'base', label: 'Base', formula: 'area * finish', format: decimal },
        { name: 'total', label: 'Total', formula: 'base * finsh', format: decimal },
      ],
    });
    expect(problems).toEqual([
      {
        where: 'calculation "total" (formula)',
        message: 'unknown field "finsh" at position 7: fields you can use are area, finish, base',
      },
    ]);
  });

  it('does not let a formula read a choice field unless every option has an amount', () => {
    const problems = definitionProblems({
      fields: calculator,
      calculations: [{ name: 'price', label: 'Price', formula: 'area * room', format: decimal }],
    });
    expect(problems).toEqual([
      {
        where: 'calculation "price" (formula)',
        message:
          'unknown field "room" at position 7: fields you can use are area, finish; "room" is a field, but a formula can only read it once every option has an amount',
      },
    ]);
  });

  it('says which kinds of field a formula can read when it names a text field', () => {
    const problems = definitionProblems({
      fields: calculator,
      calculations: [{ name: 'price', label: 'Price', formula: 'email + 1', format: decimal }],
    });
    expect(problems).toEqual([
      {
        where: 'calculation "price" (formula)',
        message:
          'unknown field "email" at position 0: fields you can use are area, finish; "email" is a field of kind "email", but formulas read only numbers, ranges, ratings and choices with amounts',
      },
    ]);
  });

  it('does not let a formula read a later calculation', () => {
    const problems = definitionProblems({
      fields: calculator,
      calculations: [
        { name: 'total', label: 'Total', formula: 'base * 2', format: decimal },
        { name: 'base', label: 'Base', formula: 'area * finish', format: decimal },
      ],
    });
    expect(problems).toEqual([
      {
        where: 'calculation "total" (formula)',
        message: 'unknown field "base" at position 0: fields you can use are area, finish',
      },
    ]);
  });

  it.each([
    ['a field', 'email'],
    ['a formula input', 'area'],
  ])('refuses a calculation named like %s', (_, name) => {
    const problems = definitionProblems({
      fields: calculator,
      calculations: [{ name, label: 'Clash', formula: '1 + 1', format: decimal }],
    });
    expect(problems).toEqual([
      {
        where: `calculation "${name}"`,
        message: 'its name is already used by a field or an earlier calculation; rename it',
      },
    ]);
  });

  it('refuses two calculations with the same name', () => {
    const problems = definitionProblems({
      fields: calculator,
      calculations: [
        { name: 'total', label: 'Total', formula: 'area', format: decimal },
        { name: 'total', label: 'Total again', formula: 'area * 2', format: decimal },
      ],
    });
    expect(problems).toEqual([
      {
        where: 'calculation "total"',
        message: 'its name is already used by a field or an earlier calculation; rename it',
      },
    ]);
  });

  it('stops the build with the form file, the calculation and the fix', () => {
    expect(() =>
      defineForm({
        slug: 'estimate',
        title: 'Estimate',
        fields: calculator,
        calculations: [{ name: 'total', label: 'Total', formula: '(area * finish', format: decimal }],
        thankYou: { title: 'Thanks', body: '' },
      }),
    ).toThrow(
      'Form "estimate" (templates/estimate.ts) is not a valid definition:\n  - calculation "total" (formula): expected ")" at position 14, found the end of the formula',
    );
  });
});

describe('checking a quiz', () => {
  it('accepts per-category points in a quiz with categories and plain points in one without', () => {
    expect(definitionProblems({ fields: [roast({ light: 2 })], quiz: byCategory })).toEqual([]);
    expect(definitionProblems({ fields: [roast(2)], quiz: byTotal })).toEqual([]);
  });

  it('asks for per-category points when a quiz with categories gets a plain number', () => {
    expect(definitionProblems({ fields: [roast(2)], quiz: byCategory })).toEqual([
      { where: 'field "brew" (option "filter")', message: 'give points per category, like { light: 2 }' },
    ]);
  });

  it('asks for a plain number when a quiz without categories gets per-category points', () => {
    expect(definitionProblems({ fields: [roast({ light: 2 })], quiz: byTotal })).toEqual([
      { where: 'field "brew" (option "filter")', message: 'give a number of points: this quiz has no categories' },
    ]);
  });

  it('names the categories to use when points name one the quiz does not have', () => {
    const fields = [{ ...roast({ light: 1 }), options: [{ value: 'filter', label: 'Filter', points: { medium: 2 } }] }];
    expect(definitionProblems({ fields, quiz: byCategory })).toEqual([
      { where: 'field "brew" (option "filter")', message: '"medium" is not a quiz category; use one of: light, dark' },
    ]);
  });

  it('asks for points when no option has any', () => {
    const fields = [{ ...roast(1), options: [{ value: 'filter', label: 'Filter' }] }];
    expect(definitionProblems({ fields, quiz: byTotal })).toEqual([
      { where: 'quiz', message: 'give points to the options of at least one question' },
    ]);
  });

  it('asks for an outcome for every category, and a category for every outcome', () => {
    const quiz = {
      ...byCategory,
      outcomes: [byCategory.outcomes[0], { id: 'surprise', title: 'Surprise', body: '' }],
    } as FormInput['quiz'];
    expect(definitionProblems({ fields: [roast({ light: 2 })], quiz })).toEqual([
      { where: 'quiz outcome "surprise"', message: 'set its category to one of: light, dark' },
      { where: 'quiz category "dark"', message: 'give it exactly one outcome' },
    ]);
  });

  it('asks for minScore on every outcome of a quiz scored by total, each a different one', () => {
    const quiz = {
      outcomes: [
        { id: 'starter', title: 'Starter', body: '', minScore: 0 },
        { id: 'growth', title: 'Growth', body: '', minScore: 0 },
        { id: 'scale', title: 'Scale', body: '' },
      ],
    };
    expect(definitionProblems({ fields: [roast(2)], quiz })).toEqual([
      { where: 'quiz outcome "scale"', message: 'set minScore, the lowest total that leads to it' },
      { where: 'quiz.outcomes', message: 'give each outcome a different minScore' },
    ]);
  });

  it('refuses two outcomes with the same id', () => {
    const quiz = { outcomes: [byTotal.outcomes[0], { ...byTotal.outcomes[1], id: 'starter' }] } as FormInput['quiz'];
    expect(definitionProblems({ fields: [roast(2)], quiz })).toEqual([
      { where: 'quiz.outcomes', message: 'outcome ids must be unique' },
    ]);
  });

  it('asks a gated quiz for a required email or phone field', () => {
    const gated = { ...byTotal, gate: true };
    const problem = { where: 'quiz.gate', message: 'a gated quiz needs a required email or phone field' };
    expect(definitionProblems({ fields: [roast(2)], quiz: gated })).toEqual([problem]);
    const optionalEmail = { kind: 'email' as const, name: 'email', label: 'Email' };
    expect(definitionProblems({ fields: [roast(2), optionalEmail], quiz: gated })).toEqual([problem]);
    const requiredPhone = { kind: 'tel' as const, name: 'phone', label: 'Phone', required: true };
    expect(definitionProblems({ fields: [roast(2), requiredPhone], quiz: gated })).toEqual([]);
  });
});

describe('checking lead scoring', () => {
  const fields: FormInput['fields'] = [
    ...calculator,
    {
      kind: 'select',
      name: 'timeline',
      label: 'Timeline',
      options: [
        { value: 'now', label: 'Now' },
        { value: 'later', label: 'Later' },
      ],
    },
  ];
  const calculations = [{ name: 'total', label: 'Total', formula: 'area * finish', format: decimal }];

  it('lets rules read any field and any calculation', () => {
    const scoring = {
      rules: [
        { when: { field: 'total', greaterThan: 1000 }, points: 10 },
        { when: { field: 'timeline', equals: 'now' }, points: 5 },
      ],
      hot: 10,
      warm: 5,
    };
    expect(definitionProblems({ fields, calculations, scoring })).toEqual([]);
  });

  it('names a rule reading an unknown field and lists the fields and calculations it can read', () => {
    const scoring = {
      rules: [
        { when: { field: 'timeline', equals: 'now' }, points: 5 },
        { when: { field: 'budget', equals: 'high' }, points: 10 },
      ],
      hot: 10,
      warm: 5,
    };
    expect(definitionProblems({ fields, calculations, scoring })).toEqual([
      {
        where: 'scoring rule 2 (when)',
        message:
          'reads "budget", which is not a field asked before it; use one of: area, finish, room, email, timeline, total',
      },
    ]);
  });

  it('names a rule comparing a choice field with a value it does not offer', () => {
    const scoring = { rules: [{ when: { field: 'timeline', equals: 'soon' }, points: 5 }], hot: 10, warm: 5 };
    expect(definitionProblems({ fields, calculations, scoring })).toEqual([
      { where: 'scoring rule 1 (when)', message: '"timeline" offers no option "soon"; use one of: now, later' },
    ]);
  });

  it('stops the build when the hot threshold is not above the warm one', () => {
    const scoring = { rules: [{ when: { field: 'timeline', equals: 'now' }, points: 5 }], hot: 5, warm: 5 };
    expect(() =>
      defineForm({ slug: 'leads', title: 'Leads', fields, scoring, thankYou: { title: 'Thanks', body: '' } }),
    ).toThrow('  - scoring: make the hot threshold higher than the warm one');
  });
});
