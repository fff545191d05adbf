import type { RawInput } from '../engine/validation/types';

/** What a reload brings back: the answers so far and the step they were on. */
export interface Kept {
  answers: RawInput;
  stepId: string | undefined;
}

const keyOf = (slug: string) => `fw:${slug}`;

/**
 * Answers kept in the tab's session storage, so a reload (or a phone dropping the page while the
 * visitor checks another app) does not empty the form. Session storage ends with the tab; a sent
 * form clears it. Storage can be refused (private modes, quotas): then nothing is kept.
 */
export const keptAnswers = {
  read(slug: string): Kept | undefined {
    try {
      const text = sessionStorage.getItem(keyOf(slug));
      const kept = text ? (JSON.parse(text) as Partial<Kept>) : undefined;
      return kept && typeof kept.answers === 'object' && kept.answers !== null
        ? { answers: kept.answers, stepId: typeof kept.stepId === 'string' ? kept.stepId : undefined }
        : undefined;
    } catch {
      return undefined;
    }
  },
  write(slug: string, kept: Kept): void {
    try {
      sessionStorage.setItem(keyOf(slug), JSON.stringify(kept));
    } catch {
      // Not kept: the form still works.
    }
  },
  clear(slug: string): void {
    try {
      sessionStorage.removeItem(keyOf(slug));
    } catch {
      // Nothing to clear.
    }
  },
};
