import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { webinar } from '../../../templates/webinar';

const golden = {
  name: 'Priya Patel',
  email: 'priya.patel@Acme-Logistics.com',
  company: 'Acme Logistics',
  job_title: 'Head of Marketing',
  heard_from: 'linkedin',
  familiarity: '3',
  questions: 'How do you measure follow-up speed across a team?',
  consent: 'yes',
  utm_source: 'linkedin',
};

describe('the webinar template', () => {
  it('stores the golden answers with the rating as a number and the campaign source', () => {
    expect(validateAnswers(webinar, golden, { visitorCountry: 'IN' })).toEqual({
      ok: true,
      answers: {
        name: 'Priya Patel',
        email: 'priya.patel@acme-logistics.com',
        company: 'Acme Logistics',
        job_title: 'Head of Marketing',
        heard_from: 'linkedin',
        familiarity: 3,
        questions: 'How do you measure follow-up speed across a team?',
        consent: true,
        utm_source: 'linkedin',
      },
    });
  });

  it('registers someone who skips every optional question', () => {
    const bare = { ...golden, job_title: '', heard_from: '', familiarity: '', questions: '', utm_source: '' };
    expect(validateAnswers(webinar, bare)).toEqual({
      ok: true,
      answers: {
        name: 'Priya Patel',
        email: 'priya.patel@acme-logistics.com',
        company: 'Acme Logistics',
        consent: true,
      },
    });
  });

  it('rejects a rating outside 1 to 5, a missing company and no consent', () => {
    const result = validateAnswers(webinar, { ...golden, familiarity: '6', company: '', consent: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['company', 'familiarity', 'consent']);
    expect(result.errors.familiarity).toBe('Choose a rating from 1 to 5.');
  });
});
