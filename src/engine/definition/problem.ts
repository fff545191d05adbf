/**
 * A mistake in a form definition: where it is in words ("field "budget" (showIf)") and as a path
 * into the definition (['fields', 3, 'showIf']) so an editor can show it beside the setting, and
 * what to do about it. The build and the studio report the same problems.
 */
export interface Problem {
  where: string;
  path: (string | number)[];
  message: string;
  /** For a problem inside a text the author wrote (a formula): the 0-based character it is at. */
  position?: number;
}
