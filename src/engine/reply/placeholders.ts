/** `{name}` in an owner's text: a field, a calculation or one of the reply's own words. */
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** The words a reply knows besides the form's field and calculation names. */
export const REPLY_WORDS = ['figures', 'outcome', 'download', 'join', 'next', 'form'] as const;

/** Every placeholder in a text, with where it starts. */
export function placeholdersIn(text: string): { name: string; position: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1] ?? '', position: match.index }));
}

/** The text with each known placeholder replaced (by `fill`, already escaped for where it goes); unknown ones stay. */
export function fillPlaceholders(text: string, fill: (name: string) => string | undefined): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => fill(name) ?? whole);
}
