/**
 * Bounds on what the funnel counters may write, so that counting can never starve lead intake of
 * D1 writes (Workers Free allows 100,000 rows written a day; a lead takes about three). Past a bound
 * events are still answered, just not counted.
 */
export const FUNNEL_LIMITS = {
  /** Counter writes a day for all forms together: a fifth of the Free plan's daily writes. */
  perDay: 20_000,
  /** Counter writes a day for one form. */
  perFormPerDay: 5_000,
  /** Distinct UTM sources a form keeps apart in a day; later ones are counted under "(other)". */
  sourcesPerFormPerDay: 50,
} as const;
