import type { FieldEditor } from '../fieldEditor';

export const selectEditor: FieldEditor<'select'> = {
  label: 'Dropdown',
  description: 'One choice from a list that folds away: good for long lists.',
  settings: [{ key: 'options', label: 'Options', control: 'options' }],
  starter: {
    kind: 'select',
    options: [
      { value: 'first', label: 'First option' },
      { value: 'second', label: 'Second option' },
    ],
  },
};
