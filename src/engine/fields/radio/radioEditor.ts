import { choiceSettings, type FieldEditor } from '../fieldEditor';

export const radioEditor: FieldEditor<'radio'> = {
  label: 'Single choice',
  description: 'One choice from a short list shown in full: quick to tap on a phone.',
  settings: [...choiceSettings],
  starter: {
    kind: 'radio',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
};
