import type { InputHints } from '../inputHints';

/** A phone keypad and the browser's saved number. Kept apart from the rules so the page's island can use it without them. */
export const telHints = (): InputHints => ({ type: 'tel', inputmode: 'tel', autocomplete: 'tel' });
