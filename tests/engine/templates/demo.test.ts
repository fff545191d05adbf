import { describe, expect, it } from 'vitest';
import { visibleFields } from '../../../src/engine/logic/visibleFields';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { demo } from '../../../templates/demo';
import { resultsOf } from './resultsOf';

const golden = {
  name: 'Jordan Lee',
  email: 'jordan.lee@Northwind.example',
  company: 'Northwind Traders',
  job_title: 'Sales Operations Manager',
  company_size: '51-200',
  seats: '25',
  use_cases: ['lead-capture', 'quotes'],
  timeline: 'this-quarter',
  budget: '1500',
  consent: 'yes',
  must_haves: 'Send every new lead to our CRM and email the rep on duty.',
};

const stepIds = (answers: Record<string, string | string[]>) =>
  visibleFields(demo, answers).steps.map((step) => step.id);

describe('the demo template', () => {
  it('stores the golden answers with seats and budget as numbers', () => {
    expect(validateAnswers(demo, golden, { visitorCountry: 'US' })).toEqual({
      ok: true,
      answers: {
        name: 'Jordan Lee',
        email: 'jordan.lee@northwind.example',
        company: 'Northwind Traders',
        job_title: 'Sales Operations Manager',
        company_size: '51-200',
        seats: 25,
        use_cases: ['lead-capture', 'quotes'],
        timeline: 'this-quarter',
        budget: 1500,
        consent: true,
        ad_measurement: false,
        must_haves: 'Send every new lead to our CRM and email the rep on duty.',
      },
    });
  });

  it('scores the golden 51–200 company starting this quarter warm', () => {
    // 51–200 people 30 + this quarter 30; a $1,500 budget and 25 seats score nothing.
    expect(resultsOf(demo, golden).lead).toEqual({
      score: 60,
      tier: 'warm',
      reasons: ['51–200 people', 'Wants to start this quarter'],
    });
  });

  it('is hot from exactly 70 points and warm from exactly 35', () => {
    expect(resultsOf(demo, { ...golden, seats: '50' }).lead).toMatchObject({ score: 70, tier: 'hot' });
    const later = { ...golden, company_size: '11-50', timeline: 'later', budget: '3000' };
    expect(resultsOf(demo, later).lead).toMatchObject({ score: 35, tier: 'warm' });
    expect(resultsOf(demo, { ...later, budget: '2500' }).lead).toMatchObject({ score: 15, tier: 'cold' });
  });

  it('scores a large company with budget and seats hot, and a small one just exploring cold', () => {
    const large = { ...golden, company_size: '201+', budget: '5000', seats: '400' };
    expect(resultsOf(demo, large).lead).toMatchObject({ score: 100, tier: 'hot' });
    expect(evaluateResults(demo, { company_size: '1-10', timeline: 'exploring', seats: 500 }).lead).toMatchObject({
      score: 0,
      tier: 'cold',
    });
    // Seats are not asked of 1–10 people, so the answer is dropped before scoring.
    expect(resultsOf(demo, { ...golden, company_size: '1-10', timeline: 'exploring', seats: '500' }).lead).toEqual({
      score: -10,
      tier: 'cold',
      reasons: ['Just exploring'],
    });
  });

  it('goes through the details step only when the timeline is "this-quarter"', () => {
    expect(stepIds(golden)).toEqual(['about-you', 'your-team', 'details']);
    expect(stepIds({ ...golden, timeline: 'next-quarter' })).toEqual(['about-you', 'your-team']);
    expect(stepIds({ ...golden, timeline: '' })).toEqual(['about-you', 'your-team']);
  });

  it('asks for seats unless the company has 1-10 people', () => {
    expect(visibleFields(demo, { company_size: '201+' }).fields.has('seats')).toBe(true);
    expect(visibleFields(demo, { company_size: '1-10' }).fields.has('seats')).toBe(false);
  });

  it('drops seats for a small company and the details of a skipped step', () => {
    const result = validateAnswers(demo, { ...golden, company_size: '1-10', timeline: 'exploring' });
    expect(result).toEqual({
      ok: true,
      answers: {
        name: 'Jordan Lee',
        email: 'jordan.lee@northwind.example',
        company: 'Northwind Traders',
        job_title: 'Sales Operations Manager',
        company_size: '1-10',
        use_cases: ['lead-capture', 'quotes'],
        timeline: 'exploring',
        budget: 1500,
        consent: true,
        ad_measurement: false,
      },
    });
  });

  it('validates one step at a time', () => {
    const stepOne = { name: 'Jordan Lee', email: 'jordan.lee@northwind.example', company: '', job_title: '' };
    expect(validateAnswers(demo, stepOne, { steps: ['about-you'] })).toEqual({
      ok: false,
      errors: { company: 'Please fill in “Company”.' },
    });
  });

  it('rejects a budget off the 500 grid, zero seats and a missing use case', () => {
    const result = validateAnswers(demo, { ...golden, budget: '1250', seats: '0', use_cases: [] });
    expect(result).toEqual({
      ok: false,
      errors: {
        seats: 'Enter 1 or more.',
        use_cases: 'Please choose at least one option for “What will you use it for?”.',
        budget: 'Use steps of 500.',
      },
    });
  });
});
