import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { fieldIds } from '../engine/definition/fieldIds';
import { formRoutes } from '../engine/definition/formRoutes';
import { formSteps } from '../engine/definition/formSteps';
import type { PublicForm } from '../engine/definition/publicForm';
import { STEP_CONTROLS } from '../engine/definition/stepControls';
import type { Field } from '../engine/fields/fieldKinds';
import { unpackCountries } from '../engine/fields/tel/unpackCountries';
import { messages } from '../engine/i18n/messages';
import { quietTitle, resultsOnStep, stepProgress } from '../engine/logic/stepProgress';
import { visibleFields } from '../engine/logic/visibleFields';
import type { Receipt } from '../engine/reply/replySchema';
import type { Figure, VisitorResults } from '../engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../engine/validation/types';
import { answerByChoice, asksOneChoice, focusStep as focusStepStart } from './choiceKeys';
import { ErrorSummary } from './ErrorSummary';
import { FieldControl } from './fields/FieldControl';
import { answered, entriesOf, typedAnswers, visitorContext } from './formAnswers';
import { IntakeFields } from './IntakeFields';
import { intakeState } from './intakeState';
import { keptAnswers } from './keptAnswers';
import { LiveResults } from './LiveResults';
import { leaveAfterSend } from './leaveAfterSend';
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
  /**
   * Worked out by the page from the definition (src/engine/logic/startingAnswers.ts,
   * src/engine/scoring/resultsAnchor.ts), so the island does not download the field kinds' rules to know them.
   */
  starting: RawInput;
  resultsAfter: string | undefined;
  /** The live results of the answers the page shows, worked out by the page: figures are there before any code. */
  results?: VisitorResults | undefined;
  /** The phone country picker's list (packCountries), only on forms that have one. */
  phoneCountries?: string | undefined;
  /**
   * Rendered for the framework-free enhancer (src/islands/plain), never hydrated: the questions
   * not asked yet are in the page as inert templates, for it to put in place when they are.
   */
  plain?: boolean;
}

const context = visitorContext;
const FORM_ID = 'fw-form';

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
  const [visitorCountry, setVisitorCountry] = createSignal<string | undefined>(undefined);
  const [stepId, setStepId] = createSignal(props.stepId ?? allSteps[0]?.id);
  // Exactly what the page was rendered from, so hydration finds the same questions; what was typed
  // before this code arrived (which may reveal a question) is read once hydrated, in onMount.
  const [answers, setAnswers] = createSignal<RawInput>({ ...props.starting, ...props.values });
  const [errors, setErrors] = createSignal<FieldErrors>(props.errors ?? {});
  const [problem, setProblem] = createSignal(props.problem ?? '');
  const [sending, setSending] = createSignal(false);
  const [live, setLive] = createSignal<VisitorResults | undefined>(props.results);
  const [done, setDone] = createSignal<{ figures: Figure[]; receipt: Receipt }>();
  const hasResults = form.calculations.length > 0 || form.quiz !== undefined;
  const countries = unpackCountries(props.phoneCountries);
  let formEl: HTMLFormElement | undefined;
  let heading: HTMLElement | undefined;

  // The HTML form works before this code arrives (it hydrates on first touch): keep what was typed meanwhile.
  function typedBeforeHydration(): RawInput {
    const rendered = typeof document === 'undefined' ? null : document.getElementById(FORM_ID);
    const onPage = allSteps.find((s) => s.id === stepId())?.fields ?? [];
    const typed = rendered?.tagName === 'FORM' ? entriesOf(rendered as HTMLFormElement, onPage) : {};
    return typedAnswers(typed, props.starting, byName);
  }

  // The server rendered from the same answers, so nothing shows or hides when this code arrives.
  const visibility = createMemo(() => visibleFields(form, answers()));
  const progress = createMemo(() => stepProgress(form, answers(), stepId()));
  const steps = () => progress().steps;
  const index = () => progress().index;
  const stepCount = () => progress().count;
  const step = () => progress().step;
  const isLast = () => progress().isLast;
  const shown = () =>
    (step()?.fields ?? []).filter((name) => visibility().fields.has(name)).flatMap((name) => byName.get(name) ?? []);
  const anchor = props.resultsAfter;
  const resultsHere = () => resultsOnStep(progress(), anchor);
  // For the plain enhancer, every question of every step is in the page, those not asked here as templates.
  const listed = () =>
    props.plain ? allSteps.flatMap((s) => s.fields).flatMap((name) => byName.get(name) ?? []) : shown();
  const askedHere = (name: string) => (step()?.fields.includes(name) ?? false) && visibility().fields.has(name);
  const split = () => {
    const at = listed().findIndex((field) => field.name === anchor);
    return at < 0
      ? { before: listed(), after: [] }
      : { before: listed().slice(0, at + 1), after: listed().slice(at + 1) };
  };

  const readStep = (): RawInput => {
    return { ...answers(), ...entriesOf(formEl, step()?.fields ?? []) };
  };
  const refreshResults = async () => {
    if (!hasResults) return;
    const { liveResults } = await loadValidation();
    setLive(liveResults(form, answers(), context()));
  };
  // Phone numbers need libphonenumber's metadata: fetched only once a phone field is touched or answered.
  const loadPhones = () => import('../engine/validation/toE164').catch(() => undefined);
  const phoneAnswered = () => form.fields.some((f) => f.kind === 'tel' && answered(f, answers()[f.name]));
  const check = async (field: Field) => {
    if (field.kind === 'tel') await loadPhones();
    const { validateField } = await loadValidation();
    const message = validateField(form, field, answers()[field.name], context());
    setErrors(({ [field.name]: _, ...rest }) => (message ? { ...rest, [field.name]: message } : rest));
  };
  const conversational = form.layout === 'conversational';
  const focusStep = () => requestAnimationFrame(() => focusStepStart(formEl, conversational, heading));
  const goTo = (id: string | undefined) => {
    if (id && !preview) trackFunnel(form, id);
    setStepId(id);
    // Each step is a history entry: the browser's Back and Forward move between steps, answers kept.
    if (id && !preview) history.pushState({ ...history.state, fwStep: id }, '');
    keep();
    focusStep();
  };
  const goBack = () => {
    const previous = steps()[index() - 1]?.id;
    if (!preview && history.state?.fwStep === stepId() && previous) return history.back();
    setStepId(previous);
    focusStep();
  };
  const keep = () => {
    if (!preview) keptAnswers.write(form.slug, { answers: answers(), stepId: stepId() });
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
    // A reload of this tab brings back what was answered, unless the server sent answers of its own.
    const fromServer = Object.keys({ ...props.values, ...props.errors }).length > 0 || props.problem;
    const kept = preview || fromServer ? undefined : keptAnswers.read(form.slug);
    const typed = typedBeforeHydration();
    const filled: Record<string, RawInput[string]> = { ...answers(), ...kept?.answers, ...typed };
    for (const field of form.fields) {
      if (field.kind === 'hidden' && !filled[field.name])
        filled[field.name] = query.get(field.fromQuery ?? field.name) ?? '';
    }
    setAnswers(filled);
    if (kept?.stepId && steps().some((s) => s.id === kept.stepId)) setStepId(kept.stepId);
    if (!preview) {
      history.replaceState({ ...history.state, fwStep: stepId() }, '');
      addEventListener('popstate', (event) => {
        const id = (event.state as { fwStep?: unknown } | null)?.fwStep;
        if (typeof id !== 'string' || !steps().some((s) => s.id === id)) return;
        setErrors({});
        setStepId(id);
        focusStep();
      });
    }
    setEnhanced(true);
    if (conversational && formEl)
      answerByChoice(formEl, () => (asksOneChoice(shown()) && !isLast() && !sending() ? stepId() : undefined));
    // The start waits for the render token startIntake fetches: the Worker counts no event without one.
    if (!preview) {
      startIntake(form, answers);
      // A phone picker without the form's own default starts on the visitor's country.
      if (!form.phoneCountry) void intakeState.renderTokenReady.then(() => setVisitorCountry(intakeState.country));
      trackFunnel(form);
      // What was typed before the island woke (a slow phone, a fast visitor) survives a reload too.
      keep();
    }
    refreshResults().catch(() => undefined);
    // Check what was typed before the island woke as a blur would have; a phone field being typed in needs its metadata.
    const active = document.activeElement as HTMLInputElement | null;
    for (const [name, value] of Object.entries(typed)) {
      const field = byName.get(name);
      if (field && answered(field, value) && active?.name !== name) check(field).catch(() => undefined);
    }
    if (active?.type === 'tel' && formEl?.contains(active)) loadPhones();
  });

  // One send at a time: a second Enter while the first is still being checked is the same send.
  let busy = false;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy || sending()) return;
    busy = true;
    try {
      await handleSubmit(event);
    } finally {
      busy = false;
    }
  };
  const handleSubmit = async (event: SubmitEvent) => {
    const current = readStep();
    setAnswers(current);
    if ((event.submitter as HTMLButtonElement | null)?.name === STEP_CONTROLS.back) {
      setErrors({});
      return goBack();
    }
    let engine: Awaited<ReturnType<typeof loadValidation>>;
    try {
      if (phoneAnswered()) await loadPhones();
      engine = await loadValidation();
    } catch {
      // Without the engine the island cannot judge: let the browser post and the Worker decide.
      return formEl?.submit();
    }
    const verdict = engine.validateAnswers(form, current, {
      ...context(),
      steps: isLast() ? undefined : [step()?.id ?? ''],
    });
    if (!verdict.ok) return showErrors(verdict.errors);
    setErrors({});
    if (!isLast()) return goTo(steps()[index() + 1]?.id);
    setSending(true);
    setProblem('');
    const result = await sendSubmission(form, current, msg, { api: routes.api, csrfToken: preview?.csrfToken });
    if (result.kind === 'stored') {
      if (leaveAfterSend(form.slug, result, routes.thanks)) return;
      setDone({ figures: result.figures, receipt: { next: result.next, download: result.download } });
      return requestAnimationFrame(() => heading?.focus());
    }
    setSending(false);
    if (result.kind === 'invalid') showErrors(result.errors);
    else setProblem(result.message);
  };

  const onEdit = (event: Event) => {
    setAnswers(readStep());
    keep();
    const name = (event.target as HTMLInputElement | null)?.name ?? '';
    const field = byName.get(name);
    if (field && errors()[name]) check(field);
    refreshResults().catch(() => undefined);
  };

  const control = (field: Field) =>
    props.plain && !askedHere(field.name) ? (
      <template data-fw-field={field.name}>{fieldControl(field)}</template>
    ) : (
      fieldControl(field)
    );
  const fieldControl = (field: Field) => (
    <FieldControl
      field={field}
      value={answers()[field.name]}
      error={errors()[field.name]}
      optionalLabel={msg.optional}
      locale={form.locale}
      keys={conversational && (enhanced() || props.plain === true)}
      phoneCountry={form.phoneCountry ?? visitorCountry()}
      phoneCountries={countries}
      onBlur={() => {
        setAnswers(readStep());
        if (answered(field, answers()[field.name]) || errors()[field.name]) check(field);
      }}
    />
  );

  return (
    <Show
      when={done()}
      fallback={
        <form
          ref={formEl}
          id={FORM_ID}
          data-plain={props.plain ? form.slug : undefined}
          class={conversational ? 'fw-form fw-conversational' : 'fw-form'}
          method="post"
          action={routes.submit}
          novalidate
          onSubmit={submit}
          onInput={onEdit}
          onChange={onEdit}
          onFocusIn={(event) => {
            loadValidation().catch(() => undefined);
            if ((event.target as HTMLInputElement).type === 'tel') loadPhones();
          }}
        >
          <Show when={allSteps.length > 1}>
            <input type="hidden" name={STEP_CONTROLS.step} value={step()?.id ?? ''} />
            <input type="hidden" name={STEP_CONTROLS.token} value={props.token ?? ''} />
            <Show when={step()}>
              {(current) => (
                <StepHeader
                  step={current()}
                  index={index()}
                  count={stepCount()}
                  quiet={quietTitle(form, current())}
                  plain={props.plain}
                  msg={msg}
                  ref={(el) => (heading = el)}
                />
              )}
            </Show>
          </Show>
          <ErrorSummary fields={shown()} errors={errors()} msg={msg} focusOnLoad={!enhanced()} />
          <For each={split().before}>{control}</For>
          <Show when={resultsHere() || props.plain}>
            <LiveResults
              form={form}
              results={live()}
              enhanced={enhanced()}
              msg={msg}
              plain={props.plain}
              hidden={!resultsHere()}
            />
          </Show>
          <For each={split().after}>{control}</For>
          <Show when={problem()}>
            <p class="fw-problem" role="alert">
              {problem()}
            </p>
          </Show>
          <IntakeFields form={form} csrf={preview && { field: preview.csrfField, token: preview.csrfToken }} />
          {/* Next comes first in the markup: Enter in a field presses the first submit button (CSS shows Back on the left). */}
          <div class="fw-actions">
            <button class="fw-submit" type="submit" disabled={sending()}>
              {sending() ? msg.sending : index() + 1 < stepCount() ? msg.next : (form.submitLabel ?? msg.submit)}
            </button>
            {/* The plain enhancer shows and hides it as the visitor moves between steps. */}
            <Show when={index() > 0 || (props.plain && allSteps.length > 1)}>
              <button class="fw-back" type="submit" name={STEP_CONTROLS.back} value="1" hidden={index() === 0}>
                {msg.back}
              </button>
            </Show>
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
