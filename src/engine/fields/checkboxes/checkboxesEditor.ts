import type { FieldEditor } from '../fieldEditor';

export const checkboxesEditor: FieldEditor<'checkboxes'> = {
  label: 'Multiple choice',
  description: 'Any number of choices from a list: services wanted, interests.',
  settings: [
    { key: 'options', label: 'Options', control: 'options' },
    {
      key: 'cards',
      label: 'Show as cards',
      control: 'boolean',
      help: 'Large tiles, easy to tap; give each option an emoji.',
    },
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
