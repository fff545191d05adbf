import type { InputHints } from '../inputHints';

/** One line of text: the autofill token the definition names, else none. Kept apart from the rules so the page's island can use it without them. */
export const textHints = (field: { autocomplete?: string | undefined }): InputHints => ({
  type: 'text',
  inputmode: 'text',
  autocomplete: field.autocomplete ?? 'off',
});
