import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { appointment } from '../../../templates/appointment';

const golden = {
  name: 'Grace Hopper',
  email: 'grace@Example.com',
  phone: '020 7946 0958',
  service: 'standard',
  date: '2027-01-04',
  time_of_day: 'morning',
  people: '2',
  notes: '',
  consent: 'yes',
};

// A Friday, as the Worker would know it; the form takes weekdays from tomorrow to 90 days ahead.
const today = { earliest: '2026-11-27', latest: '2026-11-27' };
const inGB = { visitorCountry: 'GB', today };

describe('the appointment template', () => {
  it('stores the golden answers with the phone read for the visitor country and people as a number', () => {
    expect(validateAnswers(appointment, golden, inGB)).toEqual({
      ok: true,
      answers: {
        name: 'Grace Hopper',
        email: 'grace@example.com',
        phone: '+442079460958',
        service: 'standard',
        date: '2027-01-04',
        time_of_day: 'morning',
        people: 2,
        consent: true,
      },
    });
  });

  it('asks for a country code when neither the form nor the visitor has a country', () => {
    const result = validateAnswers(appointment, golden, { today });
    expect(result).toEqual({
      ok: false,
      errors: { phone: 'Add the country code to your phone number, like +44 20 7946 0958.' },
    });
  });

  it('rejects a date past 90 days, a group over 20, a half person and a missing service', () => {
    const result = validateAnswers(appointment, { ...golden, date: '2029-01-02', people: '21', service: '' }, inGB);
    expect(result).toEqual({
      ok: false,
      errors: {
        service: 'Please choose an option for “Service”.',
        date: 'Choose 2027-02-25 or earlier.',
        people: 'Enter 20 or less.',
      },
    });
    const half = validateAnswers(appointment, { ...golden, people: '1.5' }, inGB);
    expect(half).toEqual({ ok: false, errors: { people: 'Use steps of 1.' } });
  });

  it('rejects today, a weekend and a day that does not exist', () => {
    expect(validateAnswers(appointment, { ...golden, date: '2026-11-27' }, inGB)).toEqual({
      ok: false,
      errors: { date: 'Choose 2026-11-28 or later.' },
    });
    expect(validateAnswers(appointment, { ...golden, date: '2026-12-05' }, inGB)).toEqual({
      ok: false,
      errors: { date: 'Choose a weekday, Monday to Friday.' },
    });
    const result = validateAnswers(appointment, { ...golden, date: '2027-02-30' }, inGB);
    expect(result).toEqual({ ok: false, errors: { date: 'Enter a date, like 2027-03-31.' } });
  });
});
