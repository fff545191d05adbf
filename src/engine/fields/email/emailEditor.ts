import type { FieldEditor } from '../fieldEditor';

export const emailEditor: FieldEditor<'email'> = {
  label: 'Email',
  description: 'An email address, checked as the visitor types; it identifies the lead.',
  settings: [],
  starter: { kind: 'email' },
};
