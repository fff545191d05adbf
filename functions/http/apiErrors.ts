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
} as const satisfies Record<string, { status: number; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;
