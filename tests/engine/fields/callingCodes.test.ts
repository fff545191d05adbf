import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { CALLING_CODES } from '../../../src/engine/fields/tel/callingCodes';

describe('the calling codes the phone country picker lists', () => {
  it('are libphonenumber’s, every country and code', () => {
    const fromLibrary = new Map(getCountries().map((country) => [country, getCountryCallingCode(country)]));
    expect(new Map(CALLING_CODES)).toEqual(fromLibrary);
  });
});
