declare const __FORMWELL_BUILD__: string | undefined;

/**
 * The deploy a rendered page belongs to: `astro build` stamps it (astro.config.mjs), so a studio
 * page stored by an older deploy, whose script URLs no longer exist, is rendered again. "dev" where
 * nothing stamped the bundle (the Worker tests).
 */
export const BUILD_ID: string = typeof __FORMWELL_BUILD__ === 'string' ? __FORMWELL_BUILD__ : 'dev';
