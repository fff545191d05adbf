/**
 * Names of the controls a submission may carry besides answers; never stored as answers. Field
 * names start with a letter and have no "-", so none of these can clash with a field.
 */
export const INTAKE_CONTROLS = {
  /** The honeypot: an input people never see or reach, that form-filling bots fill. */
  honeypot: '_website',
  /** The signed render token that times the fill (functions/submissions/renderToken.ts). */
  renderToken: '_rt',
  /** The version of the questions the visitor started on: a studio form published meanwhile still finishes on it. */
  version: '_v',
  /** The A/B variant whose page the visitor filled in (src/engine/variants/); the Worker checks it against the form's test. */
  variant: '_ab',
  /** The token the Turnstile widget puts into the form, under Turnstile's own name. */
  turnstile: 'cf-turnstile-response',
} as const;

/** The header that makes repeated and concurrent submissions of one fill count once. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
