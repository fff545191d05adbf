import type { FieldEditor } from '../fieldEditor';

export const radioEditor: FieldEditor<'radio'> = {
  label: 'Single choice',
  description: 'One choice from a short list shown in full: quick to tap on a phone.',
  settings: [
    { key: 'options', label: 'Options', control: 'options' },
    {
      key: 'cards',
      label: 'Show as cards',
      control: 'boolean',
      help: 'Large tiles, easy to tap; give each option an emoji.',
    },
  ],
  starter: {
    kind: 'radio',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
};
