import type { InputHints } from '../inputHints';

/** An email keyboard and the browser's saved address. Kept apart from the rules so the page's island can use it without them. */
export const emailHints = (): InputHints => ({ type: 'email', inputmode: 'email', autocomplete: 'email' });
