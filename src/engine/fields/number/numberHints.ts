import type { InputHints } from '../inputHints';

/** A text input with a decimal keyboard: it accepts "3,5" and shows no spinner. Kept apart from the rules so the page's island can use it without them. */
export const numberHints = (): InputHints => ({ type: 'text', inputmode: 'decimal', autocomplete: 'off' });
