import type { FieldEditor } from '../fieldEditor';

export const ratingEditor: FieldEditor<'rating'> = {
  label: 'Rating',
  description: 'A score from 1 up to the top of the scale, tapped like stars.',
  settings: [{ key: 'max', label: 'Top of the scale', control: 'number', min: 3, step: 1, help: 'From 3 to 10.' }],
  starter: { kind: 'rating', max: 5 },
};
