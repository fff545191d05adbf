import { fieldIds } from '../../engine/definition/fieldIds';
import { formRoutes } from '../../engine/definition/formRoutes';
import { formSteps } from '../../engine/definition/formSteps';
import type { PublicForm } from '../../engine/definition/publicForm';
import { STEP_CONTROLS } from '../../engine/definition/stepControls';
import type { Field } from '../../engine/fields/fieldKinds';
import { rangeText } from '../../engine/fields/range/rangeText';
import { flagEmoji } from '../../engine/fields/tel/flagEmoji';
import type { Messages } from '../../engine/i18n/messages';
import { isEmptyAnswer, resultsOnStep, stepProgress } from '../../engine/logic/stepProgress';
import { visibleFields } from '../../engine/logic/visibleFields';
import type { VisitorResults } from '../../engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../../engine/validation/types';
import { answerByChoice, asksOneChoice, focusStep, SETTLED } from '../choiceKeys';
import { isCountryList } from '../countryLists';
import { setDayBounds } from '../fields/setDayBounds';
import { answered, entriesOf, typedAnswers, visitorContext } from '../formAnswers';
import { intakeState } from '../intakeState';
import { keptAnswers } from '../keptAnswers';
import { leaveAfterSend } from '../leaveAfterSend';
import { loadTurnstile } from '../loadTurnstile';
import { loadValidation } from '../loadValidation';
import { offerCountry } from '../offerCountry';
import { sendSubmission } from '../sendSubmission';
import { startIntake } from '../startIntake';
import { trackFunnel } from '../trackFunnel';
import { type FieldSpot, fieldSpots, showSpot, writeAnswer } from './fieldSpots';
import { paintError, paintProblem, paintSummary } from './paintErrors';
import { paintResults } from './paintResults';
import { paintStep } from './paintStep';
import { showReceipt } from './showReceipt';

/** Text-like inputs: typing in them waits for a pause before the results are worked out again. */
const TYPED = new Set(['text', 'email', 'tel', 'number', 'url', 'search']);
const TYPING_PAUSE_MS = 300;

/** An answer to compare: empty answers alike, numbers as the text a form posts. */
function answerKey(value: RawInput[string]): string {
  if (isEmptyAnswer(value)) return '';
  return JSON.stringify(Array.isArray(value) ? value.map(String) : String(value));
}

/** What the page hands the enhancer (src/components/PlainForm.astro). */
export interface PlainProps {
  form: PublicForm;
  /** The answers the page was rendered from (src/engine/logic/startingAnswers.ts). */
  starting: RawInput;
  /** The step the page shows (a post without JavaScript moved on); the first by default. */
  stepId?: string | undefined;
  /** Sent back by the Worker after a post without JavaScript. */
  values: RawInput;
  errors: FieldErrors;
  problem?: string | undefined;
  /** The question the live results follow (src/engine/scoring/resultsAnchor.ts). */
  resultsAfter?: string | undefined;
  /** The results of the answers the page shows, as it shows them. */
  results?: VisitorResults | undefined;
  /** The answers the results can depend on (src/engine/scoring/resultInputs.ts). */
  resultInputs?: string[] | undefined;
  /** A studio preview: it posts to the admin with the session's CSRF token, and counts, keeps and tracks nothing. */
  preview?: { csrfToken: string } | undefined;
}

/**
 * Brings a form page to life without a framework: the page already holds every control (those of
 * other steps as templates, src/islands/FormView.tsx), so this only shows and hides questions and
 * steps as answers change and the visitor moves (one question at a time too), fills in live results,
 * checks answers with the engine the Worker uses, and sends JSON. The studio's preview runs it too.
 * It sets up in three short tasks, so a key pressed meanwhile shows at once; the promise settles
 * after the last.
 */
export async function enhanceForm(formEl: HTMLFormElement, props: PlainProps): Promise<void> {
  const { form, preview } = props;
  const routes = formRoutes(form.slug, preview !== undefined);
  const names = formSteps(form).flatMap((step) => step.fields);
  const byName = new Map(form.fields.map((field) => [field.name, field]));
  const spots = fieldSpots(formEl, names);
  let answers: RawInput = { ...props.starting, ...props.values };
  let errors: FieldErrors = { ...props.errors };
  let asked = visibleFields(form, answers).fields;
  let stepId = props.stepId ?? formSteps(form)[0]?.id;
  const progress = () => stepProgress(form, answers, stepId);
  const multiStep = formSteps(form).length > 1;
  const conversational = form.layout === 'conversational';

  const read = () => {
    answers = { ...answers, ...entriesOf(formEl, names) };
  };
  // The questions on the page: those of the visitor's step that the answers so far ask.
  const askedHere = () => (progress().step?.fields ?? []).filter((name) => asked.has(name));
  const askedFields = () => askedHere().flatMap((name) => byName.get(name) ?? []);
  const showAsked = () => {
    const before = askedHere().join();
    asked = visibleFields(form, answers).fields;
    const here = new Set(askedHere());
    for (const [name, spot] of spots) {
      if (here.has(name) && !spot.shown) prepare(spot);
      showSpot(spot, here.has(name));
    }
    // The summary lists the questions asked: one that goes away takes its entry with it.
    if (before !== [...here].join() && Object.keys(errors).length > 0)
      loadMessages()
        .then((msg) => paintSummary(formEl, askedFields(), errors, msg))
        .catch(() => undefined);
  };
  const keep = () => {
    if (!preview) keptAnswers.write(form.slug, { answers, stepId: multiStep ? stepId : undefined });
  };
  // The visitor-facing words, fetched when first needed (a check, a move, a changed step count).
  const loadMessages = () => import('../../engine/i18n/messages').then(({ messages }) => messages(form.locale));
  const loadEngine = async () => {
    const [checks, msg] = await Promise.all([loadValidation(), loadMessages()]);
    return { ...checks, msg };
  };
  // A calculator's figures and a quiz's best match. The page came with those of the answers it
  // shows; they are worked out again (the engine fetched then) once the answers differ and the
  // results are on the visitor's step, so the figures on screen are always those of some answers
  // the visitor gave, never old ones labelled live.
  const results = paintResults(formEl, form);
  const feeds = new Set(props.resultInputs);
  // The answers the results read, as one text to compare.
  const fedKey = (values: RawInput) => [...feeds].map((name) => answerKey(values[name])).join();
  let changed = false;
  let working = false;
  // After the question they follow on its step; after the step's questions on the steps after it.
  const placeResults = () => {
    const { step } = progress();
    const anchor = props.resultsAfter;
    const last = spots.get((anchor && step?.fields.includes(anchor) ? anchor : names.at(-1)) ?? '');
    results?.show(resultsOnStep(progress(), anchor), last && (last.shown ? last.root : last.mark));
  };
  const refreshResults = () => {
    placeResults();
    if (!results?.shown() || !changed || working) return;
    changed = false;
    working = true;
    let failed = false;
    loadEngine()
      .then(({ liveResults, msg }) => results.fill(liveResults(form, answers, visitorContext()), msg))
      .catch(() => {
        // Tried again at the next edit, not at once: a missing file would be asked for without end.
        changed = true;
        failed = true;
      })
      .finally(() => {
        working = false;
        if (changed && !failed) refreshResults();
      });
  };
  // A key is never kept waiting behind the results: typing updates them at a pause, a slider,
  // list or choice at once.
  let pause: ReturnType<typeof setTimeout> | undefined;
  const afterEdit = (target: EventTarget | null) => {
    changed = true;
    clearTimeout(pause);
    const typing =
      target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TYPED.has(target.type));
    if (typing) pause = setTimeout(refreshResults, TYPING_PAUSE_MS);
    else refreshResults();
  };
  // Phone numbers need libphonenumber's metadata: fetched only once a phone field is touched or answered.
  const loadPhones = () => import('../../engine/validation/toE164').catch(() => undefined);
  const phoneAnswered = () => form.fields.some((f) => f.kind === 'tel' && answered(f, answers[f.name]));
  const paint = (msg: Messages) => {
    for (const [name, spot] of spots) {
      const field = byName.get(name);
      if (field && (spot.loaded || errors[name])) paintError(spot, field, errors[name]);
    }
    paintSummary(formEl, askedFields(), errors, msg);
  };
  const check = async (field: Field) => {
    if (field.kind === 'tel') await loadPhones();
    const { validateField, msg } = await loadEngine();
    const message = validateField(form, field, answers[field.name], visitorContext());
    const { [field.name]: _, ...rest } = errors;
    errors = message ? { ...rest, [field.name]: message } : rest;
    paint(msg);
  };
  // Shows a step: its questions, its header and buttons; the heading takes the focus when it is a move.
  // The step on screen is the one a reload comes back to, however the visitor got there.
  const showStep = (id: string | undefined, msg: Messages, focus: boolean) => {
    stepId = id;
    keep();
    showAsked();
    paintStep(formEl, form, progress(), msg);
    paint(msg);
    refreshResults();
    // At once: the step is in place, and a key pressed a frame later already belongs to its question.
    if (focus) focusStep(formEl, conversational);
  };
  const showErrors = (found: FieldErrors, msg: Messages) => {
    errors = found;
    const first = progress()
      .steps.flatMap((step) => step.fields)
      .find((name) => found[name]);
    const home = progress().steps.find((step) => first && step.fields.includes(first));
    if (home && home.id !== stepId) showStep(home.id, msg, false);
    paint(msg);
    if (first) requestAnimationFrame(() => document.getElementById(fieldIds(first).input)?.focus());
  };
  // Each step is a history entry: the browser's Back and Forward move between steps, answers kept.
  const goTo = (id: string | undefined, msg: Messages) => {
    if (id && !preview) {
      trackFunnel(form, id);
      history.pushState({ ...history.state, fwStep: id }, '');
    }
    showStep(id, msg, true);
  };
  const goBack = (msg: Messages) => {
    const { steps, index } = progress();
    const previous = steps[index - 1]?.id;
    if (!preview && history.state?.fwStep === stepId && previous) return history.back();
    showStep(previous, msg, true);
  };

  // A task of its own from here: in one, the setup had taken 35–50 ms at the bench's 4x CPU, and
  // a key pressed at its start showed late. What is typed meanwhile is read just below.
  await nextTask();
  // What was typed before this code arrived stays; a reload of the tab brings back the rest,
  // unless the server sent answers of its own.
  const typed = typedAnswers(entriesOf(formEl, names), props.starting, byName);
  const fromServer = Object.keys({ ...props.values, ...props.errors }).length > 0 || Boolean(props.problem);
  const kept = fromServer || preview ? undefined : keptAnswers.read(form.slug);
  const restore = (name: string, value: RawInput[string]) => {
    const spot = spots.get(name);
    if (spot) writeAnswer(spot, name, value);
    answers = { ...answers, [name]: value };
  };
  for (const [name, value] of Object.entries(kept?.answers ?? {})) if (!(name in typed)) restore(name, value);
  if (kept?.stepId && progress().steps.some((step) => step.id === kept.stepId)) stepId = kept.stepId;
  const query = new URLSearchParams(window.location.search);
  for (const field of form.fields) {
    if (field.kind === 'hidden' && !answers[field.name])
      restore(field.name, query.get(field.fromQuery ?? field.name) ?? '');
  }
  read();
  showAsked();
  // Answers that differ from those the page was rendered from (typed before this code, kept, from the query) change the results.
  changed = fedKey(answers) !== fedKey({ ...props.starting, ...props.values });
  // A slider writes its value beside it, and a phone's country list its flag, as the page did at first.
  function paintRange(input: HTMLInputElement) {
    const field = byName.get(input.name);
    const output = input.parentElement?.querySelector('output');
    if (field?.kind === 'range' && output) output.textContent = rangeText(Number(input.value), form.locale, field.unit);
  }
  function paintFlag(select: HTMLSelectElement) {
    const flag = select.parentElement?.querySelector('.fw-flag-emoji');
    const emoji = flagEmoji(select.value);
    if (flag && flag.textContent !== emoji) flag.textContent = emoji;
  }
  // A flag set by code (a kept answer, the visitor's country arriving mid-typing) waits for an idle
  // moment: the page's first flag sends it through the fonts for the emoji, 30-60 ms at the bench's
  // 4x CPU, which held a key up when it came with the country. Its layout is done there and then,
  // not left to a frame a key may be waiting for.
  function paintFlagWhenIdle(select: HTMLSelectElement) {
    whenIdle(() => {
      paintFlag(select);
      void select.offsetWidth;
    });
  }
  function countryLists(spot: FieldSpot) {
    return [...spot.root.querySelectorAll('select')].filter(isCountryList);
  }
  // A question put in place: its day bounds, its slider's text, its phone's flag and, where the form
  // gives no default and the visitor chose none, the visitor's country.
  function prepare(spot: FieldSpot) {
    for (const input of spot.root.querySelectorAll('input')) {
      const field = byName.get(input.name);
      if (field) setDayBounds(input, field);
      // The page wrote the text beside a slider it set; only a value set since needs new words.
      if (input.value !== input.defaultValue) paintRange(input);
    }
    for (const select of countryLists(spot)) {
      const country = intakeState.country;
      if (!form.phoneCountry && country && select.value === '' && offerCountry(select, country)) select.value = country;
      paintFlagWhenIdle(select);
    }
  }
  for (const spot of spots.values()) if (spot.shown) prepare(spot);

  // Moves between steps and choices by letter are part of answering, so they start with typing.
  if (multiStep && !preview) {
    history.replaceState({ ...history.state, fwStep: stepId }, '');
    addEventListener('popstate', (event) => {
      const id = (event.state as { fwStep?: unknown } | null)?.fwStep;
      if (typeof id !== 'string' || !progress().steps.some((step) => step.id === id)) return;
      errors = {};
      loadMessages()
        .then((msg) => showStep(id, msg, true))
        .catch(() => undefined);
    });
  }
  if (conversational)
    answerByChoice(formEl, () => {
      const { step, isLast } = progress();
      return asksOneChoice(askedFields()) && !isLast ? step?.id : undefined;
    });

  const onEdit = (event: Event) => {
    const target = event.target as HTMLInputElement;
    read();
    showAsked();
    keep();
    if (target.type === 'range') paintRange(target);
    if (isCountryList(target)) paintFlag(target);
    const field = byName.get(target.name);
    if (field && errors[field.name]) check(field).catch(() => undefined);
    if (feeds.has(target.name)) afterEdit(target);
    // An answer may settle whether a later step is asked: "Step 2 of 3" may become "2 of 2".
    if (multiStep)
      loadMessages()
        .then((msg) => paintStep(formEl, form, progress(), msg))
        .catch(() => undefined);
  };
  formEl.addEventListener('input', onEdit);
  formEl.addEventListener('change', onEdit);
  formEl.addEventListener('focusin', (event) => {
    loadEngine().catch(() => undefined);
    if ((event.target as HTMLInputElement).type === 'tel') void loadPhones();
  });
  formEl.addEventListener('focusout', (event) => {
    const field = byName.get((event.target as HTMLInputElement).name);
    if (!field) return;
    read();
    if (answered(field, answers[field.name]) || errors[field.name]) check(field).catch(() => undefined);
  });

  const button = formEl.querySelector<HTMLButtonElement>('.fw-submit');
  const sending = (on: boolean, msg: Messages) => {
    if (!button) return;
    button.disabled = on;
    if (on) button.textContent = msg.sending;
    else paintStep(formEl, form, progress(), msg);
  };
  const send = async (submitter: HTMLElement | null) => {
    read();
    let engine: Awaited<ReturnType<typeof loadEngine>>;
    try {
      if (phoneAnswered()) await loadPhones();
      engine = await loadEngine();
    } catch {
      // Without the engine nothing can be judged here: the browser posts and the Worker decides.
      return HTMLFormElement.prototype.submit.call(formEl);
    }
    const { msg } = engine;
    if ((submitter as HTMLButtonElement | null)?.name === STEP_CONTROLS.back) {
      errors = {};
      return goBack(msg);
    }
    const { isLast, step, steps, index } = progress();
    const verdict = engine.validateAnswers(form, answers, {
      ...visitorContext(),
      steps: isLast ? undefined : [step?.id ?? ''],
    });
    if (!verdict.ok) return showErrors(verdict.errors, msg);
    errors = {};
    paint(msg);
    if (!isLast) return goTo(steps[index + 1]?.id, msg);
    paintProblem(formEl, '');
    sending(true, msg);
    const result = await sendSubmission(form, answers, msg, { api: routes.api, csrfToken: preview?.csrfToken });
    if (result.kind === 'stored') {
      if (!leaveAfterSend(form.slug, result, routes.thanks)) showReceipt(formEl, result, routes.thanks);
      return;
    }
    sending(false, msg);
    if (result.kind === 'invalid') showErrors(result.errors, msg);
    else paintProblem(formEl, result.message);
  };
  // The rest in a task of its own: a key pressed meanwhile reaches its field at once, not after
  // the whole start-up. The page's loader waits for this before a send goes through (holdSend).
  const settle = () => {
    // A step kept from before a reload, and the count the answers so far give; the page already
    // shows its own step and count when nothing was kept or typed.
    if (multiStep && (kept || Object.keys(typed).length > 0))
      loadMessages()
        .then((msg) => showStep(stepId, msg, false))
        .catch(() => undefined);
    if (!preview) {
      startIntake(form, () => answers);
      trackFunnel(form);
      keep();
    }
    // The visitor's country arrives with the render token: the questions in place take it now, the others when shown.
    if (!form.phoneCountry && !preview) {
      void intakeState.renderTokenReady.then(() => {
        for (const spot of spots.values()) if (spot.loaded) prepare(spot);
        // A phone's country set here is an answer: it may ask a question, or move a result.
        const before = fedKey(answers);
        read();
        showAsked();
        keep();
        if (fedKey(answers) !== before) {
          changed = true;
          refreshResults();
        }
      });
    }
    if (form.spam.turnstile) loadTurnstile();
    placeResults();
    // Answers that came before this code move the results as an edit does: typed ones at a pause.
    if (changed) afterEdit(document.activeElement);
    // Answers left behind before this code arrived are checked as a blur would have.
    const active = document.activeElement as HTMLInputElement | null;
    for (const [name, value] of Object.entries(typed)) {
      const field = byName.get(name);
      if (field && answered(field, value) && active?.name !== name) check(field).catch(() => undefined);
    }
    if (active?.type === 'tel' && formEl.contains(active)) void loadPhones();

    // One send at a time: a second Enter while the first is still being checked is the same send.
    let busy = false;
    formEl.addEventListener('submit', (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      send(event.submitter).finally(() => {
        busy = false;
        // For choiceKeys: the step a send may have moved to is on screen now.
        formEl.dispatchEvent(new Event(SETTLED));
      });
    });
    formEl.dataset.enhanced = '';
  };
  await nextTask();
  settle();
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run);
