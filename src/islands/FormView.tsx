import { createSignal, For, Show } from 'solid-js';
import type { FormDefinition } from '../engine/definition/defineForm';
import { fieldIds } from '../engine/definition/fieldIds';
import type { Field } from '../engine/definition/fieldKinds';
import { formRoutes } from '../engine/definition/formRoutes';
import { messages } from '../engine/i18n/messages';
import { collectEntries } from '../engine/validation/collectEntries';
import type { FieldErrors, RawInput } from '../engine/validation/types';
import { validateAnswers } from '../engine/validation/validateAnswers';
import { validateField } from '../engine/validation/validateField';
import { FieldControl } from './fields/FieldControl';

export interface FormViewProps {
  form: FormDefinition;
  /** Answers sent back after a rejected post without JavaScript. */
  values?: RawInput;
  errors?: FieldErrors;
  /** A message about the whole submission (e.g. storage unavailable). */
  problem?: string | undefined;
}

/**
 * The form. Rendered to plain HTML that posts without JavaScript; once hydrated it validates
 * on blur with the engine the Worker uses and sends JSON, falling back to the server's verdict.
 */
export function FormView(props: FormViewProps) {
  const msg = messages(props.form.locale);
  const routes = formRoutes(props.form.slug);
  const [errors, setErrors] = createSignal<FieldErrors>(props.errors ?? {});
  const [problem, setProblem] = createSignal(props.problem ?? '');
  const [sending, setSending] = createSignal(false);
  let formEl: HTMLFormElement | undefined;

  const current = (): RawInput => (formEl ? collectEntries(new FormData(formEl)) : {});
  const check = (field: Field) => {
    const message = validateField(field, props.form.locale, current()[field.name]);
    setErrors(({ [field.name]: _, ...rest }) => (message ? { ...rest, [field.name]: message } : rest));
  };
  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = props.form.fields.find((field) => found[field.name]);
    if (first) document.getElementById(fieldIds(first.name).input)?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending()) return;
    const input = current();
    const verdict = validateAnswers(props.form, input);
    if (!verdict.ok) return showErrors(verdict.errors);
    setSending(true);
    setProblem('');
    try {
      const response = await fetch(routes.api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(input),
      });
      if (response.status === 201) {
        window.location.assign(routes.thanks);
        return;
      }
      const body = (await response.json().catch(() => null)) as {
        error?: { message?: string };
        fields?: FieldErrors;
      } | null;
      if (body?.fields) showErrors(body.fields);
      else setProblem(body?.error?.message ?? msg.serverError);
      setSending(false);
    } catch {
      setProblem(msg.networkError);
      setSending(false);
    }
  };

  const count = () => Object.keys(errors()).length;
  return (
    <form ref={formEl} class="fw-form" method="post" action={routes.submit} novalidate onSubmit={submit}>
      <Show when={count() > 0}>
        <div class="fw-summary" role="alert">
          <p>{msg.summary(count())}</p>
          <ul>
            <For each={props.form.fields.filter((field) => errors()[field.name])}>
              {(field) => (
                <li>
                  <a href={`#${fieldIds(field.name).input}`}>{field.label}</a>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <For each={props.form.fields}>
        {(field) => (
          <FieldControl
            field={field}
            value={props.values?.[field.name]}
            error={errors()[field.name]}
            optionalLabel={msg.optional}
            onBlur={() => check(field)}
            onInput={() => errors()[field.name] && check(field)}
          />
        )}
      </For>
      <Show when={problem()}>
        <p class="fw-problem" role="alert">
          {problem()}
        </p>
      </Show>
      <button class="fw-submit" type="submit" disabled={sending()}>
        {sending() ? msg.sending : (props.form.submitLabel ?? msg.submit)}
      </button>
    </form>
  );
}
