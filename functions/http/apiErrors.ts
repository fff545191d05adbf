/**
 * The catalogue of API errors: each stable `code` has one status and one message saying what
 * happened and what to do. Responses are built from it in `errorResponse` only.
 */
export const API_ERRORS = {
  validation_failed: {
    status: 422,
    message:
      'Some answers are missing or invalid, so nothing was stored. Correct the answers listed in "fields" and send again.',
  },
  form_not_found: {
    status: 404,
    message:
      'There is no form with this name. Check the link you followed; published forms are listed on the home page.',
  },
  payload_too_large: {
    status: 413,
    message: 'The submission is larger than 64 KiB, so nothing was stored. Shorten the longest answers and send again.',
  },
  unsupported_media_type: {
    status: 415,
    message:
      'This content type is not accepted. Send application/json, application/x-www-form-urlencoded or multipart/form-data.',
  },
  malformed_body: {
    status: 400,
    message:
      'The body could not be read: send one JSON object (or form fields) whose answers are strings, numbers, booleans or lists of strings.',
  },
  method_not_allowed: {
    status: 405,
    message: 'This method is not allowed here; the "Allow" header lists the ones that are.',
  },
  not_found: {
    status: 404,
    message: 'No API route matches this path. Submissions go to POST /api/forms/<form>/submissions.',
  },
  storage_unavailable: {
    status: 503,
    message:
      'Your answers were valid but could not be saved just now, so nothing was stored. Please send them again in a moment.',
  },
  unauthorized: {
    status: 401,
    message: 'You are not signed in, or your session has expired. Sign in at /admin/login and try again.',
  },
  forbidden_origin: {
    status: 403,
    message: 'This change did not come from a Formwell admin page, so it was refused. Make it from the admin pages.',
  },
  csrf_failed: {
    status: 403,
    message: "The request lacked this session's CSRF token, so nothing changed. Reload the admin page and try again.",
  },
  json_required: {
    status: 415,
    message: 'Admin changes take application/json only. Send the body as JSON with that content type.',
  },
  wrong_password: {
    status: 401,
    message: 'That password is not right. Check it and try again; repeated failures lock sign-in for 15 minutes.',
  },
  too_many_attempts: {
    status: 429,
    message: 'Too many failed sign-ins from this address, so sign-in is paused. Wait for the time in "Retry-After".',
  },
  admin_not_configured: {
    status: 503,
    message:
      'The admin is not set up: the ADMIN_PASSWORD_HASH or ADMIN_SESSION_SECRET secret is missing or malformed. Set both (see README).',
  },
  lead_not_found: {
    status: 404,
    message: 'There is no lead with this id. It may have been erased; find leads from the inbox.',
  },
  invalid_request: {
    status: 400,
    message: 'Some parameters are not valid; "fields" names them. Correct them and send again.',
  },
  too_many_fields: {
    status: 413,
    message:
      "The submission has more answers than any form asks (at most 100 names, 100 values each), so nothing was stored. Send only the form's fields.",
  },
  answer_too_long: {
    status: 413,
    message: 'One answer is longer than 10,000 characters, so nothing was stored. Shorten it and send again.',
  },
  rate_limited: {
    status: 429,
    message:
      'Too many submissions to this form from your connection in the last minute, so this one was not stored. Wait for the seconds in "Retry-After" and send again.',
  },
  origin_not_allowed: {
    status: 403,
    message:
      'This form does not accept submissions from pages on this site, so nothing was stored. Its owner can add the site to embed.origins in the form definition.',
  },
  invalid_idempotency_key: {
    status: 400,
    message:
      'The Idempotency-Key header must be 8 to 200 visible ASCII characters, such as a UUID. Send a valid key, or none.',
  },
  partial_not_kept: {
    status: 422,
    message:
      'Nothing was kept: partial leads need this form to keep them, valid answers so far, contact details and the consent box ticked.',
  },
  malformed_path: {
    status: 400,
    message:
      'The address has a broken percent-encoding (a "%" not followed by two hex digits, or bytes that are not UTF-8). Check the link and try again.',
  },
  internal_error: {
    status: 500,
    message:
      'Something went wrong on our side and the request was not completed. Try again in a moment; if it keeps happening, give the owner the request id.',
  },
  download_expired: {
    status: 410,
    message:
      'This download link has expired or its request was erased. Fill in the form again to get a fresh link, by email and on the thank-you page.',
  },
  download_not_found: {
    status: 404,
    message:
      'This download link is not valid: downloads are reached through the link a submission gets. Fill in the form to get yours.',
  },
  studio_form_not_found: {
    status: 404,
    message: 'There is no studio form with this address. Forms built in the studio are listed at /admin/forms/.',
  },
  template_form: {
    status: 409,
    message:
      'This form is defined in the code (templates/), so the studio cannot change it. Duplicate it to edit a copy in the studio.',
  },
  slug_taken: {
    status: 409,
    message: 'Another form already has this address (slug). Choose another one.',
  },
  definition_invalid: {
    status: 422,
    message:
      'The form has problems, so nothing was published or imported. Each is listed in "problems" with where it is and how to fix it.',
  },
  draft_conflict: {
    status: 409,
    message:
      'This draft was saved from another tab or device after you opened it, so your change was not saved over it. Reload to edit the latest draft.',
  },
  form_archived: {
    status: 409,
    message: 'This form is archived, so it cannot be published. Restore it first.',
  },
  version_not_found: {
    status: 404,
    message: 'This form has no published version with this number. Its versions are listed in the studio.',
  },
  resume_link_invalid: {
    status: 404,
    message: 'This resume link is not valid or has expired. Open the form again to start over.',
  },
  spend_invalid: {
    status: 422,
    message:
      'Nothing was imported: the spend file has problems. "fields" names the file\'s problem (csv) and every bad row by its line.',
  },
  lead_ads_not_configured: {
    status: 503,
    message:
      'This lead-ad connection is missing a Worker secret (the app secret or the verify token), so nothing was accepted. Set it with `npx wrangler secret put`; the platform retries meanwhile.',
  },
  signature_invalid: {
    status: 401,
    message:
      'The request is not signed with the app secret (X-Hub-Signature-256 missing or wrong), so nothing was accepted.',
  },
  verify_token_mismatch: {
    status: 403,
    message:
      'The verify token does not match the one this connection expects. Enter the same token in the app’s webhook settings.',
  },
  no_test: {
    status: 409,
    message: 'This form runs no A/B test, so there is nothing to end. Give it variants first (README: "A/B tests").',
  },
  test_ended: {
    status: 409,
    message:
      'This A/B test has already ended and its winner is served to everyone. Change the variants to start a new test.',
  },
  lead_not_screened: {
    status: 409,
    message:
      'Only leads caught as spam or held for review can be deleted here. To remove a real lead and everything about its person, use Privacy (/admin/privacy/).',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;
