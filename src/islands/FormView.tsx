import { For, Show } from 'solid-js';
import { formRoutes } from '../engine/definition/formRoutes';
import { formSteps } from '../engine/definition/formSteps';
import type { PublicForm } from '../engine/definition/publicForm';
import { STEP_CONTROLS } from '../engine/definition/stepControls';
import type { Field } from '../engine/fields/fieldKinds';
import { unpackCountries } from '../engine/fields/tel/unpackCountries';
import { messages } from '../engine/i18n/messages';
import { quietTitle, resultsOnStep, stepProgress } from '../engine/logic/stepProgress';
import { visibleFields } from '../engine/logic/visibleFields';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../engine/validation/types';
import { ErrorSummary } from './ErrorSummary';
import { FieldControl } from './fields/FieldControl';
import { IntakeFields } from './IntakeFields';
import { LiveResults } from './LiveResults';
import { StepHeader } from './StepHeader';

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
   * src/engine/scoring/resultsAnchor.ts, src/engine/scoring/liveResults.ts).
   */
  starting: RawInput;
  resultsAfter: string | undefined;
  /** The live results of the answers the page shows: a calculator's figures are there before any code. */
  results?: VisitorResults | undefined;
  /** The phone country picker's list (packCountries), only on forms that have one. */
  phoneCountries?: string | undefined;
}

const FORM_ID = 'fw-form';

/**
 * The form as the server renders it: HTML that posts step by step without JavaScript. Every
 * question of every step is in it, those not asked on this step as inert templates, which the
 * enhancer (src/islands/plain) puts in place as answers change and the visitor moves. Nothing here
 * runs in the browser.
 */
export function FormView(props: FormViewProps) {
  const form = props.form;
  const routes = formRoutes(form.slug, props.preview !== undefined);
  const msg = messages(form.locale);
  const allSteps = formSteps(form);
  const byName = new Map(form.fields.map((field) => [field.name, field]));
  const answers: RawInput = { ...props.starting, ...props.values };
  const errors = props.errors ?? {};
  const visibility = visibleFields(form, answers);
  const progress = stepProgress(form, answers, props.stepId ?? allSteps[0]?.id);
  const step = progress.step;
  const conversational = form.layout === 'conversational';
  const countries = unpackCountries(props.phoneCountries);
  const askedHere = (name: string) => (step?.fields.includes(name) ?? false) && visibility.fields.has(name);
  const shown = (step?.fields ?? []).filter((name) => visibility.fields.has(name)).flatMap((n) => byName.get(n) ?? []);
  // The results follow the last question that feeds them (resultsAnchor) on its step, before the
  // contact questions; on the steps after it they close the step's questions.
  const listed = allSteps.flatMap((s) => s.fields).flatMap((name) => byName.get(name) ?? []);
  // Its place on the anchor's step holds while the anchor itself is not asked, as the enhancer keeps it.
  const anchorHere = props.resultsAfter !== undefined && (step?.fields.includes(props.resultsAfter) ?? false);
  const at = anchorHere ? listed.findIndex((field) => field.name === props.resultsAfter) : -1;
  const [before, after] = at < 0 ? [listed, []] : [listed.slice(0, at + 1), listed.slice(at + 1)];

  const fieldControl = (field: Field) => (
    <FieldControl
      field={field}
      value={answers[field.name]}
      error={errors[field.name]}
      optionalLabel={msg.optional}
      locale={form.locale}
      keys={conversational}
      phoneCountry={form.phoneCountry}
      phoneCountries={countries}
    />
  );
  const control = (field: Field) =>
    askedHere(field.name) ? fieldControl(field) : <template data-fw-field={field.name}>{fieldControl(field)}</template>;

  return (
    <form
      id={FORM_ID}
      data-plain={form.slug}
      class={conversational ? 'fw-form fw-conversational' : 'fw-form'}
      method="post"
      action={routes.submit}
      novalidate
    >
      <Show when={allSteps.length > 1}>
        <input type="hidden" name={STEP_CONTROLS.step} value={step?.id ?? ''} />
        <input type="hidden" name={STEP_CONTROLS.token} value={props.token ?? ''} />
        <Show when={step}>
          {(current) => (
            <StepHeader
              step={current()}
              index={progress.index}
              count={progress.count}
              quiet={quietTitle(form, current())}
              msg={msg}
            />
          )}
        </Show>
      </Show>
      <ErrorSummary fields={shown} errors={errors} msg={msg} />
      <For each={before}>{control}</For>
      <LiveResults
        form={form}
        results={props.results}
        msg={msg}
        hidden={!resultsOnStep(progress, props.resultsAfter)}
      />
      <For each={after}>{control}</For>
      <Show when={props.problem}>
        <p class="fw-problem" role="alert">
          {props.problem}
        </p>
      </Show>
      <IntakeFields
        form={form}
        csrf={props.preview && { field: props.preview.csrfField, token: props.preview.csrfToken }}
      />
      {/* Next comes first in the markup: Enter in a field presses the first submit button (CSS shows Back on the left). */}
      <div class="fw-actions">
        <button class="fw-submit" type="submit">
          {progress.index + 1 < progress.count ? msg.next : (form.submitLabel ?? msg.submit)}
        </button>
        {/* The enhancer shows and hides it as the visitor moves between steps. */}
        <Show when={allSteps.length > 1}>
          <button class="fw-back" type="submit" name={STEP_CONTROLS.back} value="1" hidden={progress.index === 0}>
            {msg.back}
          </button>
        </Show>
      </div>
    </form>
  );
}
