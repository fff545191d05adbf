import type { FieldEditor } from '../fieldEditor';

export const numberEditor: FieldEditor<'number'> = {
  label: 'Number',
  description: 'A number the visitor types: a size, a count, an amount. Calculations can read it.',
  settings: [
    { key: 'min', label: 'Smallest', control: 'number' },
    { key: 'max', label: 'Largest', control: 'number' },
    { key: 'step', label: 'Steps of', control: 'number', min: 0, help: 'e.g. 1 for whole numbers, 0.01 for cents.' },
    { key: 'initial', label: 'Starts at', control: 'number', help: 'A real default the visitor can keep.' },
    { key: 'unit', label: 'Unit shown beside it', control: 'text', help: 'e.g. m², kg, people.' },
  ],
  starter: { kind: 'number' },
};
