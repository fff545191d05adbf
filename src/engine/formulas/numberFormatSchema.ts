import * as v from 'valibot';

const UNITS = new Set(Intl.supportedValuesOf('unit'));

// Intl accepts its simple units and any "<unit>-per-<unit>" pair of them.
function isUnit(unit: string): boolean {
  const parts = unit.split('-per-');
  return parts.length <= 2 && parts.every((part) => UNITS.has(part));
}

const maximumFractionDigits = v.optional(
  v.pipe(v.number(), v.integer('use a whole number of digits'), v.minValue(0), v.maxValue(20, 'use at most 20 digits')),
);

/** How a calculated field shows its number; `percent` shows 0.25 as 25 %. */
export const numberFormatSchema = v.variant('style', [
  v.object({ style: v.literal('decimal'), maximumFractionDigits }),
  v.object({ style: v.literal('percent'), maximumFractionDigits }),
  v.object({
    style: v.literal('currency'),
    currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as "EUR" or "USD"')),
    maximumFractionDigits,
  }),
  v.object({
    style: v.literal('unit'),
    unit: v.pipe(
      v.string(),
      v.check(isUnit, 'use a unit Intl.NumberFormat knows, such as "meter", "kilogram" or "kilometer-per-hour"'),
    ),
    maximumFractionDigits,
  }),
]);

export type NumberFormat = v.InferOutput<typeof numberFormatSchema>;
