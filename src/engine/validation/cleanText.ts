// Characters that show as nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen and
// direction marks. Inside text they may belong there (a joiner in an emoji), at its ends never.
const INVISIBLE = '\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const EDGES = new RegExp(`^[\\s${INVISIBLE}]+|[\\s${INVISIBLE}]+$`, 'gu');
// C0 and C1 controls and DEL, except line feed and tab (handled by the caller's choice). Matching
// control characters is the point here, hence the lint exception.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export type CleanText = { ok: true; text: string } | { ok: false; reason: 'unreadable' };

/**
 * The text of an answer as stored, the same from every client and body format: Unicode NFC, line
 * breaks as "\n" (a multipart form sends "\r\n", JSON "\n"), no control characters (NUL, ANSI
 * escapes), and no whitespace or invisible characters at either end, so an answer of zero-width
 * spaces is empty. A single-line answer has its line breaks and tabs turned into spaces. Text with
 * lone surrogates (not Unicode) is refused rather than silently altered.
 */
export function cleanText(raw: string, multiline: boolean): CleanText {
  if (!raw.isWellFormed()) return { ok: false, reason: 'unreadable' };
  let text = raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  text = multiline ? text.replace(/\t/g, ' ') : text.replace(/[\n\t]/g, ' ');
  return { ok: true, text: text.replace(EDGES, '') };
}
