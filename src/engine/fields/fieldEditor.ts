import type { FieldKind, FieldOf } from './fieldKinds';

/**
 * One setting of a field kind as the studio shows it: which key of the field it edits, its label and
 * the control it takes. Kinds declare theirs beside their schema (fields/<kind>/<kind>Editor.ts), so
 * a new kind brings its editor along; the settings every field has are the studio's own.
 */
export type FieldSetting = { key: string; label: string; help?: string } & (
  | { control: 'text' | 'textarea' | 'date' }
  | { control: 'number'; min?: number; step?: number }
  | { control: 'boolean' }
  | { control: 'choice'; choices: readonly { value: string; label: string }[] }
  /** The list of options of a choice kind: value, label, quiz points and formula amount. */
  | { control: 'options' }
);

export interface FieldEditor<K extends FieldKind> {
  /** The kind's name in the studio's menu, e.g. "Short text". */
  label: string;
  /** One line on when to use it. */
  description: string;
  settings: readonly FieldSetting[];
  /** A new field of this kind, before the owner names it (the studio fills in name and label). */
  starter: Omit<FieldOf<K>, 'name' | 'label' | 'required'> & { kind: K; required?: boolean };
}

/** What radios and checkboxes both offer: their options, and showing them as cards. */
export const choiceSettings: readonly FieldSetting[] = [
  { key: 'options', label: 'Options', control: 'options' },
  {
    key: 'cards',
    label: 'Show as cards',
    control: 'boolean',
    help: 'Large tiles, easy to tap; give each option an emoji.',
  },
];
