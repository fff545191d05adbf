/** What the form's intake modules share for the life of the page. */
export const intakeState = {
  /** From GET /api/forms/:slug/render-token; empty until it arrives. */
  renderToken: '',
  /** Settles when the render token has arrived (or could not be had: then with ''). */
  renderTokenReady: Promise.resolve(''),
  /** The visitor's country as the Worker saw it (sent with the render token), for a phone picker's default. */
  country: '',
  /** This fill's id, the partial lead's id on the Worker; set when the form's code starts. */
  fillId: '',
  /** Set once the Worker stored the submission, so leaving the page sends no partial lead. */
  submitted: false,
};
