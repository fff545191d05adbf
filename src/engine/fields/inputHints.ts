/** What a single-line input needs from its kind: the input type, on-screen keyboard and autofill token. */
export interface InputHints {
  type: 'text' | 'email' | 'tel' | 'date';
  inputmode: 'text' | 'email' | 'tel' | 'decimal' | undefined;
  autocomplete: string;
}
