import type { InputHints } from '../inputHints';
import type { TextField } from './textField';

/** One line of text: the autofill token the definition names, else none. Kept apart from the rules so the page's island can use it without them. */
export const textHints = (field: TextField): InputHints => ({
  type: 'text',
  inputmode: 'text',
  autocomplete: field.autocomplete ?? 'off',
});
