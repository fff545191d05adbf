import { describe, expect, it } from 'vitest';
import { packCountries, phoneCountries } from '../../../src/engine/fields/tel/phoneCountries';
import { unpackCountries } from '../../../src/engine/fields/tel/unpackCountries';

const withPicker = (locale: string) => ({
  locale,
  fields: [{ kind: 'tel', name: 'phone', label: 'Phone', countryPicker: true }] as never,
});

describe("the phone picker's list in the island's props", () => {
  it.each(['en', 'de'])('comes back as the page listed it, names with spaces and accents included (%s)', (locale) => {
    const list = phoneCountries(withPicker(locale));
    expect(list?.length).toBeGreaterThan(200);
    expect(list?.some((country) => country.label.includes(' ') && /[^\x20-\x7e]/.test(country.label))).toBe(true);
    expect(unpackCountries(packCountries(list))).toEqual(list);
  });

  it('is nothing on a form without a picker', () => {
    expect(unpackCountries(packCountries(undefined))).toBeUndefined();
  });
});
