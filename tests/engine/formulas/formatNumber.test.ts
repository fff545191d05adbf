import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/engine/formulas/formatNumber';
import { numberFormatSchema } from '../../../src/engine/formulas/numberFormatSchema';

// Intl separates a number from "%" or "€" with no-break spaces in some locales.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatNumber', () => {
  it('shows a percent value of 0.25 as 25 %', () => {
    expect(plain(formatNumber(0.25, { style: 'percent' }, 'de'))).toBe('25 %');
    expect(formatNumber(0.25, { style: 'percent' }, 'en')).toBe('25%');
  });

  it('uses the locale for separators and currency placement', () => {
    expect(formatNumber(1234.5, { style: 'currency', currency: 'EUR' }, 'en')).toBe('€1,234.50');
    expect(plain(formatNumber(1234.5, { style: 'currency', currency: 'EUR' }, 'de'))).toBe('1.234,50 €');
    expect(formatNumber(1234.5, { style: 'decimal' }, 'de')).toBe('1.234,5');
  });

  it('honours a maximum of fraction digits below the currency default', () => {
    expect(formatNumber(1234.56, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }, 'en')).toBe(
      '$1,235',
    );
    expect(formatNumber(2 / 3, { style: 'decimal', maximumFractionDigits: 2 }, 'en')).toBe('0.67');
  });

  it('shows units, including compound ones', () => {
    expect(formatNumber(42, { style: 'unit', unit: 'kilogram' }, 'en')).toBe('42 kg');
    expect(formatNumber(90, { style: 'unit', unit: 'kilometer-per-hour' }, 'en')).toBe('90 km/h');
  });
});

describe('numberFormatSchema', () => {
  const issue = (input: unknown) => {
    const result = v.safeParse(numberFormatSchema, input);
    return result.success ? undefined : result.issues[0].message;
  };

  it('accepts each style with what it needs', () => {
    expect(issue({ style: 'decimal', maximumFractionDigits: 2 })).toBeUndefined();
    expect(issue({ style: 'percent' })).toBeUndefined();
    expect(issue({ style: 'currency', currency: 'EUR' })).toBeUndefined();
    expect(issue({ style: 'unit', unit: 'hectare' })).toBeUndefined();
  });

  it('requires a currency code for the currency style', () => {
    expect(issue({ style: 'currency' })).toBeDefined();
    expect(issue({ style: 'currency', currency: 'euro' })).toBe(
      'use a three-letter currency code such as "EUR" or "USD"',
    );
  });

  it('rejects a unit Intl.NumberFormat would throw on', () => {
    expect(issue({ style: 'unit', unit: 'furlong' })).toMatch(/^use a unit Intl.NumberFormat knows/);
    expect(issue({ style: 'unit', unit: 'meter-per-second-per-second' })).toBeDefined();
  });

  it('rejects fraction digits that are not a whole number from 0 to 20', () => {
    expect(issue({ style: 'decimal', maximumFractionDigits: 1.5 })).toBe('use a whole number of digits');
    expect(issue({ style: 'decimal', maximumFractionDigits: 21 })).toBe('use at most 20 digits');
    expect(issue({ style: 'decimal', maximumFractionDigits: -1 })).toBeDefined();
  });
});
