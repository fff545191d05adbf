import type { FieldOf } from './fieldKinds';

export type SingleLineKind = 'text' | 'email' | 'tel' | 'number' | 'date';

export interface InputHints {
  type: 'text' | 'email' | 'tel' | 'date';
  inputmode: 'text' | 'email' | 'tel' | 'decimal' | undefined;
  autocomplete: string;
}

/** The input type, on-screen keyboard and autofill token that suit a single-line field. */
export function inputHints(field: FieldOf<SingleLineKind>): InputHints {
  switch (field.kind) {
    case 'email':
      return { type: 'email', inputmode: 'email', autocomplete: 'email' };
    case 'tel':
      return { type: 'tel', inputmode: 'tel', autocomplete: 'tel' };
    // A text input with a decimal keyboard accepts "3,5" and shows no spinner.
    case 'number':
      return { type: 'text', inputmode: 'decimal', autocomplete: 'off' };
    case 'date':
      return { type: 'date', inputmode: undefined, autocomplete: 'off' };
    case 'text':
      return { type: 'text', inputmode: 'text', autocomplete: field.autocomplete ?? 'off' };
  }
}
