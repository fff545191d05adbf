import type { Step } from '../engine/definition/formSchema';
import type { Messages } from '../engine/i18n/messages';

/**
 * "Step 2 of 3", a progress bar and the step's title, which takes focus when the step changes. The
 * intro's paragraph is there (hidden) on a step without one, for the enhancer to write the next step's words.
 */
export function StepHeader(props: {
  step: Step;
  index: number;
  count: number;
  msg: Messages;
  /** The title only repeats the page's heading (one question at a time): kept for screen readers, not shown. */
  quiet?: boolean;
}) {
  return (
    <div class="fw-step-header">
      <p class="fw-progress-label" id="fw-progress-label">
        {props.msg.progress(props.index + 1, props.count)}
      </p>
      <progress class="fw-progress" max={props.count} value={props.index + 1} aria-labelledby="fw-progress-label" />
      <h2 class="fw-step-title" classList={{ 'fw-sr-only': props.quiet }} tabindex="-1">
        {props.step.title}
      </h2>
      <p class="fw-intro" hidden={!props.step.intro}>
        {props.step.intro}
      </p>
    </div>
  );
}
