import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { appointment } from '../../../templates/appointment';

const golden = {
  name: 'Grace Hopper',
  email: 'grace@Example.com',
  phone: '020 7946 0958',
  service: 'standard',
  date: '2027-03-15',
  time_of_day: 'morning',
  people: '2',
  notes: '',
  consent: 'yes',
};

describe('the appointment template', () => {
  it('stores the golden answers with the phone read for the visitor country and people as a number', () => {
    expect(validateAnswers(appointment, golden, { visitorCountry: 'GB' })).toEqual({
      ok: true,
      answers: {
        name: 'Grace Hopper',
        email: 'grace@example.com',
        phone: '+442079460958',
        service: 'standard',
        date: '2027-03-15',
        time_of_day: 'morning',
        people: 2,
        consent: true,
      },
    });
  });

  it('asks for a country code when neither the form nor the visitor has a country', () => {
    const result = validateAnswers(appointment, golden);
    expect(result).toEqual({
      ok: false,
      errors: { phone: 'Add the country code to your phone number, like +44 20 7946 0958.' },
    });
  });

  it('rejects a date outside 2026-2028, a group over 20, a half person and a missing service', () => {
    const result = validateAnswers(
      appointment,
      { ...golden, date: '2029-01-02', people: '21', service: '' },
      { visitorCountry: 'GB' },
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        service: 'Please choose an option for “Service”.',
        date: 'Choose 2028-12-31 or earlier.',
        people: 'Enter 20 or less.',
      },
    });
    const half = validateAnswers(appointment, { ...golden, people: '1.5' }, { visitorCountry: 'GB' });
    expect(half).toEqual({ ok: false, errors: { people: 'Use steps of 1.' } });
  });

  it('rejects a day that does not exist', () => {
    const result = validateAnswers(appointment, { ...golden, date: '2027-02-30' }, { visitorCountry: 'GB' });
    expect(result).toEqual({ ok: false, errors: { date: 'Enter a date, like 2027-03-31.' } });
  });
});
