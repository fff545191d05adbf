import { Show } from 'solid-js';
import { INTAKE_CONTROLS } from '../engine/definition/intakeControls';
import type { PublicForm } from '../engine/definition/publicForm';
import { turnstileAction } from '../engine/definition/turnstileAction';

/**
 * The form's spam defences in the page: a honeypot that people never see or reach by keyboard,
 * and, only on forms that enable it, the Turnstile widget (the enhancer fetches its script, so no
 * other form ever loads it).
 */
export function IntakeFields(props: { form: PublicForm; csrf?: { field: string; token: string } | undefined }) {
  const turnstile = props.form.spam.turnstile;
  return (
    <>
      <div aria-hidden="true" style="position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden">
        <label>
          Leave this empty
          <input type="text" name={INTAKE_CONTROLS.honeypot} tabindex="-1" autocomplete="off" />
        </label>
      </div>
      <input type="hidden" name={INTAKE_CONTROLS.version} value={props.form.version} />
      <Show when={props.csrf}>{(csrf) => <input type="hidden" name={csrf().field} value={csrf().token} />}</Show>
      <Show when={turnstile}>
        {(config) => (
          <div class="cf-turnstile" data-sitekey={config().siteKey} data-action={turnstileAction(props.form)} />
        )}
      </Show>
    </>
  );
}
