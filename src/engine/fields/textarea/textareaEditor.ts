import type { FieldEditor } from '../fieldEditor';

export const textareaEditor: FieldEditor<'textarea'> = {
  label: 'Long text',
  description: 'A few sentences: a message, project details.',
  settings: [
    { key: 'minLength', label: 'Shortest answer (characters)', control: 'number', min: 0, step: 1 },
    { key: 'maxLength', label: 'Longest answer (characters)', control: 'number', min: 0, step: 1 },
  ],
  starter: { kind: 'textarea' },
};
