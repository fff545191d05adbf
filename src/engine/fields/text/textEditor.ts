import type { FieldEditor } from '../fieldEditor';

export const textEditor: FieldEditor<'text'> = {
  label: 'Short text',
  description: 'One line: a name, a company, a postcode.',
  settings: [
    { key: 'minLength', label: 'Shortest answer (characters)', control: 'number', min: 0, step: 1 },
    { key: 'maxLength', label: 'Longest answer (characters)', control: 'number', min: 0, step: 1 },
    {
      key: 'autocomplete',
      label: 'Browser autofill',
      control: 'choice',
      choices: [
        { value: '', label: 'None' },
        { value: 'name', label: 'Full name' },
        { value: 'given-name', label: 'First name' },
        { value: 'family-name', label: 'Last name' },
        { value: 'organization', label: 'Company' },
        { value: 'street-address', label: 'Street address' },
        { value: 'postal-code', label: 'Postcode' },
        { value: 'address-level2', label: 'Town or city' },
        { value: 'country-name', label: 'Country' },
      ],
    },
    {
      key: 'pattern',
      label: 'Pattern the answer must match',
      control: 'text',
      help: 'A regular expression over the whole answer, e.g. [A-Z]{2}[0-9]{6}. Leave empty for any text.',
    },
    { key: 'patternMessage', label: 'Message when it does not match', control: 'text' },
  ],
  starter: { kind: 'text' },
};
