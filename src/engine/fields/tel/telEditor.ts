import type { FieldEditor } from '../fieldEditor';

export const telEditor: FieldEditor<'tel'> = {
  label: 'Phone',
  description: 'A phone number, stored in international form (+44…); numbers without a code use the form’s country.',
  settings: [],
  starter: { kind: 'tel' },
};
