import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { fieldIds } from '../engine/definition/fieldIds';
import { formRoutes } from '../engine/definition/formRoutes';
import { formSteps } from '../engine/definition/formSteps';
import type { PublicForm } from '../engine/definition/publicForm';
import { STEP_CONTROLS } from '../engine/definition/stepControls';
import type { Field } from '../engine/fields/fieldKinds';
import { messages } from '../engine/i18n/messages';
import { visibleFields } from '../engine/logic/visibleFields';
import type { Receipt } from '../engine/reply/replySchema';
import type { Figure, VisitorResults } from '../engine/scoring/visitorResults';
import { collectEntries } from '../engine/validation/collectEntries';
import type { FieldErrors, RawInput } from '../engine/validation/types';
import { ErrorSummary } from './ErrorSummary';
import { FieldControl } from './fields/FieldControl';
import { IntakeFields } from './IntakeFields';
import { LiveResults } from './LiveResults';
import { loadValidation } from './loadValidation';
import { ResultView } from './ResultView';
import { StepHeader } from './StepHeader';
import { sendSubmission } from './sendSubmission';
import { startIntake } from './startIntake';
import { trackFunnel } from './trackFunnel';

export interface FormViewProps {
  form: PublicForm;
  /** The step to show; the first by default. */
  stepId?: string | undefined;
  /** Answers sent back by the Worker after a post without JavaScript. */
  values?: RawInput;
  errors?: FieldErrors;
  /** A message about the whole submission (e.g. storage unavailable). */
  problem?: string | undefined;
  /** The signed earlier answers of a multi-step form without JavaScript. */
  token?: string | undefined;
  /** A studio preview: it posts to the admin (with the session's CSRF token), stores and counts nothing. */
  preview?: { csrfField: string; csrfToken: string } | undefined;
}

// The Worker knows the visitor's country; the island defers national phone numbers to it.
const CONTEXT = { deferNationalPhones: true };
const FORM_ID = 'fw-form';

/** What the form element holds for these fields now; an unticked box or an empty list reads as no answer. */
function entriesOf(form: HTMLFormElement | undefined, names: readonly string[]): RawInput {
  const entries = form ? collectEntries(new FormData(form)) : {};
  return Object.fromEntries(names.map((name) => [name, entries[name]]));
}

/**
 * The form. Rendered to HTML that posts step by step without JavaScript; once hydrated it
 * shows and hides fields as answers change, validates with the engine the Worker uses,
 * moves between steps in place and sends JSON.
 */
export function FormView(props: FormViewProps) {
  const form = props.form;
  const preview = props.preview;
  const routes = formRoutes(form.slug, preview !== undefined);
  const msg = messages(form.locale);
  const allSteps = formSteps(form);
  const byName = new Map(form.fields.map((field) => [field.name, field]));
  const [enhanced, setEnhanced] = createSignal(false);
  const [stepId, setStepId] = createSignal(props.stepId ?? allSteps[0]?.id);
  const [answers, setAnswers] = createSignal<RawInput>({ ...props.values, ...typedBeforeHydration() });
  const [errors, setErrors] = createSignal<FieldErrors>(props.errors ?? {});
  const [problem, setProblem] = createSignal(props.problem ?? '');
  const [sending, setSending] = createSignal(false);
  const [live, setLive] = createSignal<VisitorResults>();
  const [done, setDone] = createSignal<{ figures: Figure[]; receipt: Receipt }>();
  const hasResults = form.calculations.length > 0 || form.quiz !== undefined;
  let formEl: HTMLFormElement | undefined;
  let heading: HTMLElement | undefined;

  // The HTML form works before this code arrives (it hydrates on first touch): keep what was typed meanwhile.
  function typedBeforeHydration(): RawInput {
    const rendered = typeof document === 'undefined' ? null : document.getElementById(FORM_ID);
    const onPage = allSteps.find((s) => s.id === stepId())?.fields ?? [];
    return rendered?.tagName === 'FORM' ? entriesOf(rendered as HTMLFormElement, onPage) : {};
  }

  // Before JavaScript runs, a condition on this step's own answers cannot be decided: show the field.
  const visibility = createMemo(() => {
    const undecided = enhanced() ? [] : (allSteps.find((s) => s.id === stepId())?.fields ?? []);
    return visibleFields(form, answers(), new Set(undecided));
  });
  const steps = () => visibility().steps;
  const index = () =>
    Math.max(
      0,
      steps().findIndex((s) => s.id === stepId()),
    );
  const step = () => steps()[index()] ?? allSteps[0];
  const isLast = () => index() === steps().length - 1;
  const shown = () =>
    (step()?.fields ?? []).filter((name) => visibility().fields.has(name)).flatMap((name) => byName.get(name) ?? []);

  const readStep = (): RawInput => {
    return { ...answers(), ...entriesOf(formEl, step()?.fields ?? []) };
  };
  const refreshResults = async () => {
    if (!hasResults) return;
    const { liveResults } = await loadValidation();
    setLive(liveResults(form, answers(), CONTEXT));
  };
  const check = async (field: Field) => {
    const { validateField } = await loadValidation();
    const message = validateField(form, field, answers()[field.name], CONTEXT);
    setErrors(({ [field.name]: _, ...rest }) => (message ? { ...rest, [field.name]: message } : rest));
  };
  const goTo = (id: string | undefined) => {
    if (id && !preview) trackFunnel(form.slug, id);
    setStepId(id);
    requestAnimationFrame(() => heading?.focus());
  };
  const showErrors = (found: FieldErrors) => {
    const first = steps()
      .flatMap((s) => s.fields)
      .find((name) => found[name]);
    const home = steps().find((s) => first && s.fields.includes(first));
    if (home && home.id !== stepId()) setStepId(home.id);
    setErrors(found);
    if (first) requestAnimationFrame(() => document.getElementById(fieldIds(first).input)?.focus());
  };

  onMount(() => {
    const query = new URLSearchParams(window.location.search);
    const filled: Record<string, RawInput[string]> = { ...answers() };
    for (const field of form.fields) {
      if (field.kind === 'hidden' && !filled[field.name])
        filled[field.name] = query.get(field.fromQuery ?? field.name) ?? '';
    }
    setAnswers(filled);
    setEnhanced(true);
    // The start waits for the render token startIntake fetches: the Worker counts no event without one.
    if (!preview) {
      startIntake(form, answers);
      trackFunnel(form.slug);
    }
    refreshResults().catch(() => undefined);
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending()) return;
    const current = readStep();
    setAnswers(current);
    if ((event.submitter as HTMLButtonElement | null)?.name === STEP_CONTROLS.back) {
      setErrors({});
      return goTo(steps()[index() - 1]?.id);
    }
    let engine: Awaited<ReturnType<typeof loadValidation>>;
    try {
      engine = await loadValidation();
    } catch {
      // Without the engine the island cannot judge: let the browser post and the Worker decide.
      return formEl?.submit();
    }
    const verdict = engine.validateAnswers(form, current, {
      ...CONTEXT,
      steps: isLast() ? undefined : [step()?.id ?? ''],
    });
    if (!verdict.ok) return showErrors(verdict.errors);
    setErrors({});
    if (!isLast()) return goTo(steps()[index() + 1]?.id);
    setSending(true);
    setProblem('');
    const result = await sendSubmission(form, current, msg, { api: routes.api, csrfToken: preview?.csrfToken });
    if (result.kind === 'stored') {
      if (result.outcome) return window.location.assign(result.outcome.url);
      const receipt = { next: result.next, download: result.download };
      if (result.figures.length === 0 && !receipt.next && !receipt.download)
        return window.location.assign(routes.thanks);
      setDone({ figures: result.figures, receipt });
      return requestAnimationFrame(() => heading?.focus());
    }
    setSending(false);
    if (result.kind === 'invalid') showErrors(result.errors);
    else setProblem(result.message);
  };

  const onEdit = (event: Event) => {
    setAnswers(readStep());
    const name = (event.target as HTMLInputElement | null)?.name ?? '';
    const field = byName.get(name);
    if (field && errors()[name]) check(field);
    refreshResults().catch(() => undefined);
  };

  return (
    <Show
      when={done()}
      fallback={
        <form
          ref={formEl}
          id={FORM_ID}
          class="fw-form"
          method="post"
          action={routes.submit}
          novalidate
          onSubmit={submit}
          onInput={onEdit}
          onChange={onEdit}
          onFocusIn={() => loadValidation().catch(() => undefined)}
        >
          <Show when={allSteps.length > 1}>
            <input type="hidden" name={STEP_CONTROLS.step} value={step()?.id ?? ''} />
            <input type="hidden" name={STEP_CONTROLS.token} value={props.token ?? ''} />
            <Show when={step()}>
              {(current) => (
                <StepHeader
                  step={current()}
                  index={index()}
                  count={steps().length}
                  msg={msg}
                  ref={(el) => (heading = el)}
                />
              )}
            </Show>
          </Show>
          <ErrorSummary fields={shown()} errors={errors()} msg={msg} />
          <For each={shown()}>
            {(field) => (
              <FieldControl
                field={field}
                value={answers()[field.name]}
                error={errors()[field.name]}
                optionalLabel={msg.optional}
                locale={form.locale}
                onBlur={() => {
                  setAnswers(readStep());
                  if (answers()[field.name] || errors()[field.name]) check(field);
                }}
              />
            )}
          </For>
          <LiveResults form={form} results={live()} enhanced={enhanced()} msg={msg} />
          <Show when={problem()}>
            <p class="fw-problem" role="alert">
              {problem()}
            </p>
          </Show>
          <IntakeFields form={form} csrf={preview && { field: preview.csrfField, token: preview.csrfToken }} />
          <div class="fw-actions">
            <Show when={index() > 0}>
              <button class="fw-back" type="submit" name={STEP_CONTROLS.back} value="1">
                {msg.back}
              </button>
            </Show>
            <button class="fw-submit" type="submit" disabled={sending()}>
              {sending() ? msg.sending : isLast() ? (form.submitLabel ?? msg.submit) : msg.next}
            </button>
          </div>
        </form>
      }
    >
      {(shown) => (
        <ResultView
          thankYou={form.thankYou}
          figures={shown().figures}
          receipt={shown().receipt}
          ref={(el) => (heading = el)}
        />
      )}
    </Show>
  );
}
