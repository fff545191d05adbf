import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/engine/definition/defineForm';
import { daysOnEarth, resolveDay } from '../../../src/engine/fields/date/relativeDay';
import { validateField } from '../../../src/engine/validation/validateField';

const form = defineForm({
  slug: 'visit',
  title: 'Book a visit',
  fields: [{ kind: 'date', name: 'day', label: 'Day', required: true, min: 'today', max: '+90d', weekdays: true }],
  thankYou: { title: 'Booked', body: 'See you then.' },
});
const day = form.fields[0];
if (!day) throw new Error('no field');
// Friday 27 November 2026, as the island would know it on a visitor's phone.
const friday = { today: { earliest: '2026-11-27', latest: '2026-11-27' } };
const check = (value: string, context = friday) => validateField(form, day, value, context);

describe('dates relative to today', () => {
  it('counts days from today across months and years', () => {
    expect(resolveDay('+90d', '2026-11-27')).toBe('2027-02-25');
    expect(resolveDay('-1d', '2027-03-01')).toBe('2027-02-28');
    expect(resolveDay('today', '2026-11-27')).toBe('2026-11-27');
    expect(resolveDay('2027-01-04', '2026-11-27')).toBe('2027-01-04');
  });

  it('refuses a day before today and after the 90th day, naming the day that is allowed', () => {
    expect(check('2026-11-26')).toBe('Choose 2026-11-27 or later.');
    expect(check('2026-11-27')).toBeUndefined();
    expect(check('2027-02-25')).toBeUndefined();
    expect(check('2027-02-26')).toBe('Choose 2027-02-25 or earlier.');
  });

  it('refuses a Saturday or a Sunday when the field takes weekdays only', () => {
    expect(check('2026-11-28')).toBe('Choose a weekday, Monday to Friday.');
    expect(check('2026-11-29')).toBe('Choose a weekday, Monday to Friday.');
    expect(check('2026-11-30')).toBeUndefined();
  });

  it('on the Worker, allows the today of any time zone and no zone’s yesterday', () => {
    // 10:00 UTC on 27 November: it is already the 28th in Kiribati (UTC+14) and still the 26th at UTC−12.
    const now = new Date('2026-11-27T10:00:00Z');
    expect(daysOnEarth(now)).toEqual({ earliest: '2026-11-26', latest: '2026-11-28' });
    const worker = { today: daysOnEarth(now) };
    expect(check('2026-11-26', worker)).toBeUndefined();
    expect(check('2026-11-25', worker)).toBe('Choose 2026-11-26 or later.');
  });

  it('is checked against its bounds when the definition is read', () => {
    expect(() =>
      defineForm({
        slug: 'visit',
        title: 'Book a visit',
        fields: [{ kind: 'date', name: 'day', label: 'Day', min: '+10d', max: '+5d' }],
        thankYou: { title: 'Booked', body: '' },
      }),
    ).toThrow(/swap them/);
    expect(() =>
      defineForm({
        slug: 'visit',
        title: 'Book a visit',
        fields: [{ kind: 'date', name: 'day', label: 'Day', min: 'yesterday' }],
        thankYou: { title: 'Booked', body: '' },
      }),
    ).toThrow(/today/);
  });
});
