import type { InputHints } from '../inputHints';

/** The browser's date picker. Kept apart from the rules so the page's island can use it without them. */
export const dateHints = (): InputHints => ({ type: 'date', inputmode: undefined, autocomplete: 'off' });
