import { describe, expect, it } from 'vitest';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { loanCalculator } from '../../../templates/loan-calculator';
import { resultsOf } from './resultsOf';

const golden = {
  amount: '25000',
  rate: '6,49',
  years: '6',
  purpose: 'umschuldung',
  timeline: 'sofort',
  name: 'Jonas Becker',
  email: 'jonas.becker@example.de',
  phone: '0171 2345678',
  consent: 'yes',
};

const cents = (value: number) => Math.round(value * 100) / 100;

/** The annuity written out: P·i / (1 − (1 + i)^−n), i the monthly rate, n the months; at 0 % simply P / n. */
function annuity(amount: number, ratePercent: number, years: number) {
  const i = ratePercent / 100 / 12;
  const n = years * 12;
  const monthly = cents(i === 0 ? amount / n : (amount * i) / (1 - (1 + i) ** -n));
  const total = cents(monthly * n);
  return { monthly_payment: monthly, total_paid: total, total_interest: cents(total - amount) };
}

/** German currency as Intl writes it: a non-breaking space before the euro sign. */
const euro = (text: string) => `${text}\u00a0€`;

describe('the German loan calculator', () => {
  it('stores the golden answers, reading "6,49" with a decimal comma and the phone in E.164', () => {
    expect(validateAnswers(loanCalculator, { ...golden }, { visitorCountry: 'AT' })).toEqual({
      ok: true,
      answers: {
        amount: 25000,
        rate: 6.49,
        years: 6,
        purpose: 'umschuldung',
        timeline: 'sofort',
        name: 'Jonas Becker',
        email: 'jonas.becker@example.de',
        phone: '+491712345678',
        consent: true,
      },
    });
  });

  it('computes the monthly payment with the annuity formula, the total and the interest, to the cent', () => {
    const results = resultsOf(loanCalculator, { ...golden });
    expect(results.computed).toEqual(annuity(25000, 6.49, 6));
    expect(results.computed).toEqual({ monthly_payment: 420.13, total_paid: 30249.36, total_interest: 5249.36 });
  });

  it('shows the figures in German with the euro sign after the amount', () => {
    const shown = visitorResults(loanCalculator, resultsOf(loanCalculator, { ...golden }));
    expect(shown.figures.map((figure) => [figure.label, figure.text])).toEqual([
      ['Monatliche Rate', euro('420,13')],
      ['Gesamtbetrag', euro('30.249,36')],
      ['Zinsen insgesamt', euro('5.249,36')],
    ]);
    expect(shown.outcome).toBeUndefined();
  });

  it('divides evenly at 0 % instead of dividing by zero', () => {
    const results = resultsOf(loanCalculator, { ...golden, amount: '12000', rate: '0', years: '4' });
    expect(results.computed).toEqual({ monthly_payment: 250, total_paid: 12000, total_interest: 0 });
    expect(results.computed).toEqual(annuity(12000, 0, 4));
    expect(visitorResults(loanCalculator, results).figures.map((figure) => figure.text)).toEqual([
      euro('250,00'),
      euro('12.000,00'),
      euro('0,00'),
    ]);
  });

  it.each([
    [100000, 3.95, 10],
    [1000, 19.99, 1],
    [50000, 0.01, 7],
  ])('agrees with the annuity formula for %s € at %s % over %s years', (amount, rate, years) => {
    const input = { ...golden, amount: String(amount), rate: String(rate), years: String(years) };
    expect(resultsOf(loanCalculator, input).computed).toEqual(annuity(amount, rate, years));
  });

  it('scores a refinancing that is needed now, with a phone number, as hot', () => {
    // Umschuldung 20 + in zwei Wochen 25 + Telefonnummer 15.
    expect(resultsOf(loanCalculator, { ...golden }).lead).toEqual({
      score: 60,
      tier: 'hot',
      reasons: ['Umschuldung', 'Braucht das Geld in zwei Wochen', 'Telefonnummer angegeben'],
    });
  });

  it('is hot from exactly 50 points (50.000 € needed now) and warm at exactly 25', () => {
    const plain = { ...golden, purpose: 'auto', phone: '' };
    expect(resultsOf(loanCalculator, { ...plain, amount: '50000' }).lead).toMatchObject({ score: 50, tier: 'hot' });
    expect(resultsOf(loanCalculator, { ...plain, amount: '49500' }).lead).toMatchObject({ score: 25, tier: 'warm' });
    expect(resultsOf(loanCalculator, { ...plain, timeline: 'spaeter' }).lead).toEqual({
      score: -10,
      tier: 'cold',
      reasons: ['Informiert sich erst'],
    });
  });

  it('rejects an amount off the slider, a negative rate, too long a term and a missing purpose, in German', () => {
    const result = validateAnswers(loanCalculator, {
      ...golden,
      amount: '20250',
      rate: '-1',
      years: '11',
      purpose: '',
      consent: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        amount: 'Verwenden Sie Schritte von 500.',
        rate: 'Geben Sie 0 oder mehr ein.',
        years: 'Geben Sie 10 oder weniger ein.',
        purpose: 'Bitte wählen Sie eine Option für „Wofür ist der Kredit?“.',
        consent: 'Bitte setzen Sie das Häkchen: Ohne Ihre Zustimmung dürfen wir Sie nicht kontaktieren.',
      },
    });
  });

  it('writes decimals in its messages with a comma and asks for a number in German', () => {
    expect(
      validateAnswers(loanCalculator, { ...golden, rate: '6,495', amount: '100500', email: 'jonas', consent: '' }),
    ).toEqual({
      ok: false,
      errors: {
        amount: 'Geben Sie 100000 oder weniger ein.',
        rate: 'Verwenden Sie Schritte von 0,01.',
        email: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
        consent: 'Bitte setzen Sie das Häkchen: Ohne Ihre Zustimmung dürfen wir Sie nicht kontaktieren.',
      },
    });
    expect(validateAnswers(loanCalculator, { ...golden, rate: 'sechs' })).toEqual({
      ok: false,
      errors: { rate: 'Geben Sie eine Zahl ein, z. B. 42 oder 3,5.' },
    });
  });
});
