import type { Field } from './fieldKinds';

export interface InputHints {
  type: 'text' | 'email' | 'tel';
  inputmode: 'text' | 'email' | 'tel';
  autocomplete: string;
}

/** The input type, on-screen keyboard and autofill token that suit a single-line field. */
export function inputHints(field: Extract<Field, { kind: 'text' | 'email' | 'tel' }>): InputHints {
  switch (field.kind) {
    case 'email':
      return { type: 'email', inputmode: 'email', autocomplete: 'email' };
    case 'tel':
      return { type: 'tel', inputmode: 'tel', autocomplete: 'tel' };
    case 'text':
      return { type: 'text', inputmode: 'text', autocomplete: field.autocomplete ?? 'off' };
  }
}
