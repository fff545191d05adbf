import { describe, expect, it } from 'vitest';
import { checkForm } from '../../../src/engine/definition/checkForm';

const base = {
  slug: 'check-reply',
  title: 'Check',
  fields: [
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'text', name: 'name', label: 'Name' },
  ],
  thankYou: { title: 'Thanks', body: '' },
};

function problemsOf(input: unknown) {
  const checked = checkForm(input);
  return checked.ok
    ? []
    : checked.problems.map(({ path, message, position }) => ({ path: path.join('.'), message, position }));
}

describe('the checks of a reply', () => {
  it('accepts answers and the reply’s own words', () => {
    expect(problemsOf({ ...base, reply: { subject: 'Hi {name}', body: 'Thanks for {form}.' } })).toEqual([]);
  });

  it('points at a placeholder nothing fills, with its position', () => {
    expect(problemsOf({ ...base, reply: { subject: 'Hi', body: 'Your {download} and {nam}' } })).toEqual([
      { path: 'reply.body', message: '{download} cannot be filled: the form has no download: add one', position: 5 },
      {
        path: 'reply.body',
        message: '{nam} cannot be filled: no question or calculation is named "nam"',
        position: 20,
      },
    ]);
  });

  it('needs an email question, and a consent question where it names one', () => {
    const fields = [{ kind: 'text', name: 'name', label: 'Name' }];
    expect(problemsOf({ ...base, fields, reply: { subject: 'Hi', body: 'Hi', consentField: 'name' } })).toEqual([
      { path: 'reply', message: 'a reply needs an email question to send it to', position: undefined },
      {
        path: 'reply.consentField',
        message: '"name" is not a consent question of this form: name one, or leave it out',
        position: undefined,
      },
    ]);
  });

  it('needs a lead score for next steps per tier, and only answers in their links', () => {
    const next = { hot: { text: 'Book', label: 'Book', href: 'https://cal.com/x?n={name}&s={score}' } };
    expect(problemsOf({ ...base, thankYou: { ...base.thankYou, next } })).toEqual([
      {
        path: 'thankYou.next',
        message: 'next steps per tier need a lead score (scoring) to choose between them',
        position: undefined,
      },
      {
        path: 'thankYou.next.hot.href',
        message: '{score} cannot be filled: only answers go into a link',
        position: 29,
      },
    ]);
  });
});
