/**
 * Rounds half away from zero at `digits` decimal places (negative digits round to tens,
 * hundreds, ...), on the decimal a person reads: 1.005 rounds to 1.01, -2.5 to -3.
 */
export function roundTo(value: number, digits: number): number {
  const scaled = shift(Math.abs(value), digits);
  // Beyond a double's range at that precision there is nothing left to round.
  if (!Number.isFinite(scaled)) return value;
  const rounded = shift(Math.round(scaled), -digits);
  return value < 0 ? -rounded : rounded;
}

// Moves the decimal point in the number's shortest text form, where value * 10 ** digits
// would add binary error (1.005 * 100 is 100.49999999999999).
function shift(value: number, digits: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}
