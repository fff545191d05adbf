/** What arrives from a form post or a JSON body, before validation. */
export type RawValue = string | readonly string[] | number | boolean | null | undefined;
export type RawInput = Readonly<Record<string, RawValue>>;

/** A validated answer as stored with the lead. */
export type AnswerValue = string | readonly string[] | number | boolean;
export type Answers = Record<string, AnswerValue>;

/** Field name -> the message shown beside that field. */
export type FieldErrors = Record<string, string>;

export type Validation = { ok: true; answers: Answers } | { ok: false; errors: FieldErrors };
