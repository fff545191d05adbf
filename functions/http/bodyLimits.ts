/** The largest submission body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The largest admin JSON body: a studio draft of a long form with many options fits well within it. */
export const MAX_ADMIN_BODY_BYTES = 512 * 1024;
