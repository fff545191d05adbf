import type { FieldEditor } from '../fieldEditor';

export const hiddenEditor: FieldEditor<'hidden'> = {
  label: 'Hidden value',
  description: 'Not shown: filled from the page address, e.g. ?ref=spring-flyer, and stored with the lead.',
  settings: [
    {
      key: 'fromQuery',
      label: 'Address parameter',
      control: 'text',
      help: 'The name after ? in the link; the field name when left empty.',
    },
  ],
  starter: { kind: 'hidden' },
};
