import type { FieldEditor } from '../fieldEditor';

export const consentEditor: FieldEditor<'consent'> = {
  label: 'Consent',
  description: 'A box the visitor ticks to agree to your wording; the lead keeps which version they saw.',
  settings: [
    { key: 'text', label: 'What the visitor agrees to', control: 'textarea' },
    {
      key: 'version',
      label: 'Version of this wording',
      control: 'text',
      help: 'Change it whenever you change the wording, e.g. 2026-11: each lead records the version it agreed to.',
    },
  ],
  // Required from the start: a consent box that may be left empty records no consent at all.
  starter: { kind: 'consent', required: true, text: 'I agree to be contacted about my request.', version: '1' },
};
