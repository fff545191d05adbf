/** Names of the form controls that carry a multi-step form's progress; never stored as answers. */
export const STEP_CONTROLS = { step: '_step', token: '_token', back: '_back' } as const;
