import type { FieldEditor } from '../fieldEditor';

export const dateEditor: FieldEditor<'date'> = {
  label: 'Date',
  description: 'A day from a calendar: a start date, a preferred day.',
  settings: [
    {
      key: 'min',
      label: 'Earliest',
      control: 'text',
      help: 'A date (2027-03-31), "today", or days from today: "+1d" for tomorrow.',
    },
    { key: 'max', label: 'Latest', control: 'text', help: 'A date, or days from today: "+90d".' },
    { key: 'weekdays', label: 'Weekdays only', control: 'boolean' },
  ],
  starter: { kind: 'date' },
};
