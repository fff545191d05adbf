import type { FieldEditor } from '../fieldEditor';

export const telEditor: FieldEditor<'tel'> = {
  label: 'Phone',
  description: 'A phone number, stored in international form (+44…); numbers without a code use the form’s country.',
  settings: [
    {
      key: 'countryPicker',
      label: 'Country list before the number',
      control: 'boolean',
      help: 'Visitors pick their country; it starts on the form’s country, else theirs.',
    },
  ],
  starter: { kind: 'tel' },
};
