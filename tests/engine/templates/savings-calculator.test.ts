import { describe, expect, it } from 'vitest';
import { computeCalculations } from '../../../src/engine/scoring/computeCalculations';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { savingsCalculator } from '../../../templates/savings-calculator';
import { resultsOf } from './resultsOf';

const golden = {
  team_size: '8',
  hours_per_week: '6.5',
  hourly_cost: '42',
  seat_price: 'business',
  name: 'Dana Whitfield',
  email: 'dana@acme-logistics.example',
  company: 'Acme Logistics',
  consent: 'yes',
};

/** The business case written out: 80 % of the hours over 46 weeks, seats at the plan's monthly price. */
function businessCase(team: number, hoursPerWeek: number, hourlyCost: number, seatPrice: number) {
  const hoursSaved = Math.round(team * hoursPerWeek * 0.8 * 46);
  const savings = hoursSaved * hourlyCost;
  const cost = team * seatPrice * 12;
  return {
    hours_saved: hoursSaved,
    annual_savings: savings,
    annual_cost: cost,
    roi: (savings - cost) / cost,
    payback_months: Math.round((cost / (savings / 12)) * 10) / 10,
  };
}

describe('the savings calculator', () => {
  it('stores the golden answers as numbers and the chosen plan', () => {
    expect(validateAnswers(savingsCalculator, golden)).toEqual({
      ok: true,
      answers: {
        team_size: 8,
        hours_per_week: 6.5,
        hourly_cost: 42,
        seat_price: 'business',
        name: 'Dana Whitfield',
        email: 'dana@acme-logistics.example',
        company: 'Acme Logistics',
        consent: true,
      },
    });
  });

  it('works out the savings, cost, return and payback for eight people on the Business plan', () => {
    const results = resultsOf(savingsCalculator, golden);
    // 8 × 6.5 × 0.8 × 46 = 1,913.6 h → 1,914 h × $42 = $80,388; 8 × $69 × 12 = $6,624.
    expect(results.computed).toEqual({
      hours_saved: 1914,
      annual_savings: 80388,
      annual_cost: 6624,
      roi: 73764 / 6624,
      payback_months: 1,
    });
    expect(results.computed).toEqual(businessCase(8, 6.5, 42, 69));
    // 5 or more people 15 + return above 1,000 % 20 + above 300 % 10 + Business plan 10.
    expect(results.lead).toEqual({
      score: 55,
      tier: 'warm',
      reasons: [
        '5 or more people on manual entry',
        'Return above 1,000 %',
        'Return above 300 %',
        'Chose the Business plan',
      ],
    });
  });

  it('shows every figure in US English, the return as a percentage, and never the score', () => {
    const shown = visitorResults(savingsCalculator, resultsOf(savingsCalculator, golden));
    expect(shown.figures.map((figure) => [figure.name, figure.text])).toEqual([
      ['hours_saved', '1,914'],
      ['annual_savings', '$80,388'],
      ['annual_cost', '$6,624'],
      ['roi', '1,114%'],
      ['payback_months', '1'],
    ]);
    expect(shown.outcome).toBeUndefined();
    expect(JSON.stringify(shown)).not.toMatch(/score|tier|warm/);
  });

  it('shows a negative return honestly for one person with little manual work', () => {
    const answers = { ...golden, team_size: '1', hours_per_week: '1', hourly_cost: '10', seat_price: 'team' };
    const results = resultsOf(savingsCalculator, answers);
    // 1 × 1 × 0.8 × 46 = 36.8 → 37 h × $10 = $370 against 1 × $39 × 12 = $468; 468 / (370 / 12) = 15.18.
    expect(results.computed).toEqual({
      hours_saved: 37,
      annual_savings: 370,
      annual_cost: 468,
      roi: -98 / 468,
      payback_months: 15.2,
    });
    expect(results.computed).toEqual(businessCase(1, 1, 10, 39));
    expect(visitorResults(savingsCalculator, results).figures.map((figure) => figure.text)).toEqual([
      '37',
      '$370',
      '$468',
      '-21%',
      '15.2',
    ]);
    expect(results.lead).toEqual({ score: 0, tier: 'cold', reasons: [] });
  });

  it('scores a team of 40 on the Team plan hot', () => {
    const answers = { ...golden, team_size: '40', hours_per_week: '10', hourly_cost: '55', seat_price: 'team' };
    const results = resultsOf(savingsCalculator, answers);
    // 40 × 10 × 0.8 × 46 = 14,720 h × $55 = $809,600; 40 × $39 × 12 = $18,720.
    expect(results.computed).toEqual(businessCase(40, 10, 55, 39));
    expect(results.computed.payback_months).toBe(0.3);
    // 25 or more 30 + 5 or more 15 + above 1,000 % 20 + above 300 % 10.
    expect(results.lead).toMatchObject({ score: 75, tier: 'hot' });
  });

  it('takes points off for a personal email address', () => {
    expect(resultsOf(savingsCalculator, { ...golden, email: 'dana.whitfield@gmail.com' }).lead).toMatchObject({
      score: 40,
      tier: 'warm',
    });
  });

  it('keeps the payback computable when the savings are nothing, instead of dividing by zero', () => {
    const computed = computeCalculations(savingsCalculator, {
      team_size: 2,
      hours_per_week: 1,
      hourly_cost: 0,
      seat_price: 'team',
    });
    expect(computed).toMatchObject({ annual_savings: 0, annual_cost: 936, roi: -1, payback_months: 936 });
  });

  it('rejects nobody on the task, quarter hours, a cost in words and no plan', () => {
    const result = validateAnswers(savingsCalculator, {
      ...golden,
      team_size: '0',
      hours_per_week: '6.25',
      hourly_cost: 'forty',
      seat_price: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        team_size: 'Enter 1 or more.',
        hours_per_week: 'Use steps of 0.5.',
        hourly_cost: 'Enter a number, like 42 or 3.5.',
        seat_price: 'Please choose an option for “Which plan would you choose?”.',
      },
    });
  });
});
