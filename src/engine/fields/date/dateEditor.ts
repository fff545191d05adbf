import type { FieldEditor } from '../fieldEditor';

export const dateEditor: FieldEditor<'date'> = {
  label: 'Date',
  description: 'A day from a calendar: a start date, a preferred day.',
  settings: [
    { key: 'min', label: 'Earliest', control: 'date' },
    { key: 'max', label: 'Latest', control: 'date' },
  ],
  starter: { kind: 'date' },
};
