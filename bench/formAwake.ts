/** A form whose script has not run yet: an island Astro has not hydrated, or a plain form not enhanced yet. */
export const ASLEEP = 'astro-island[ssr], form[data-plain]:not([data-enhanced])';

/** A form whose script runs: a hydrated island (Astro drops `ssr`), or an enhanced plain form. */
export const AWAKE = 'astro-island:not([ssr]), form[data-enhanced]';
