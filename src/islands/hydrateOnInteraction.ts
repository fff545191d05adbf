import type { ClientDirective } from 'astro';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * `client:interact`: the form is plain HTML that already works, so its JavaScript is fetched
 * only when the visitor first touches it. The page ships no framework code at load, and
 * typing never waits for a download.
 */
const hydrateOnInteraction: ClientDirective = (load, _options, el) => {
  const start = async () => {
    for (const type of EVENTS) el.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
  };
  for (const type of EVENTS) el.addEventListener(type, start, { passive: true });
  // Answers kept from before a reload (src/islands/keptAnswers.ts) come back at once, not on the first tap.
  if (hasKeptAnswers()) start();
};

function hasKeptAnswers(): boolean {
  try {
    return Object.keys(sessionStorage).some((key) => key.startsWith('fw:'));
  } catch {
    return false;
  }
}

export default hydrateOnInteraction;
