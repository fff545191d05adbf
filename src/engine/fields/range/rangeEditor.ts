import type { FieldEditor } from '../fieldEditor';

export const rangeEditor: FieldEditor<'range'> = {
  label: 'Slider',
  description: 'A number picked on a slider: a budget, a size. Calculations can read it.',
  settings: [
    { key: 'min', label: 'Smallest', control: 'number' },
    { key: 'max', label: 'Largest', control: 'number' },
    { key: 'step', label: 'Steps of', control: 'number', min: 0 },
    { key: 'initial', label: 'Starts at', control: 'number' },
    { key: 'unit', label: 'Unit shown beside it', control: 'text' },
  ],
  starter: { kind: 'range', min: 0, max: 100, step: 1 },
};
