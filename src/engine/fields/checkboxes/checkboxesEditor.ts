import { choiceSettings, type FieldEditor } from '../fieldEditor';

export const checkboxesEditor: FieldEditor<'checkboxes'> = {
  label: 'Multiple choice',
  description: 'Any number of choices from a list: services wanted, interests.',
  settings: [
    ...choiceSettings,
    { key: 'minSelected', label: 'Fewest choices', control: 'number', min: 0, step: 1 },
    { key: 'maxSelected', label: 'Most choices', control: 'number', min: 0, step: 1 },
  ],
  starter: {
    kind: 'checkboxes',
    options: [
      { value: 'first', label: 'First option' },
      { value: 'second', label: 'Second option' },
    ],
  },
};
