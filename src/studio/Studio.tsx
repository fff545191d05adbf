import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import type { StudioState } from '../../functions/admin/studio/studioState';
import { checkForm } from '../engine/definition/checkForm';
import type { FormInput } from '../engine/definition/formSchema';
import type { Problem } from '../engine/definition/problem';
import { AdPlatformsEditor } from './AdPlatformsEditor';
import { type SaveAnswer, studioApi } from './api';
import { ConnectionsEditor } from './ConnectionsEditor';
import { capitalise } from './controls';
import { createDraft } from './draftStore';
import { FormEditor, LookEditor } from './FormEditor';
import { PreviewPane } from './PreviewPane';
import { ProtectionEditor } from './ProtectionEditor';
import { PublishPanel } from './PublishPanel';
import { QuestionsEditor } from './QuestionsEditor';
import { ReplyEditor } from './ReplyEditor';
import { ResultsEditor } from './ResultsEditor';
import { StudioContext } from './studioContext';
import { VariantsEditor } from './VariantsEditor';

type SaveState = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict';

const SECTIONS = [
  ['st-form', 'Form'],
  ['st-questions', 'Questions'],
  ['st-calculations', 'Results'],
  ['st-look', 'Look'],
  ['st-reply', 'Reply'],
  ['st-connections', 'Connections'],
  ['st-protection', 'Spam and privacy'],
  ['st-variants', 'A/B test'],
  ['st-ads', 'Ad platforms'],
  ['st-publish', 'Publish'],
] as const;

/**
 * The form studio: the whole definition as settings, checked as the build checks it while the owner
 * types, saved as a draft a moment after each change, previewed beside it, published as a version.
 */
export function Studio(props: { initial: StudioState; csrfToken: string }) {
  const api = studioApi(props.initial.slug, props.csrfToken);
  const draft = createDraft(props.initial.draft as FormInput);
  const [state, setState] = createSignal(props.initial);
  const [problems, setProblems] = createSignal<Problem[]>(props.initial.problems);
  const [draftVersion, setDraftVersion] = createSignal(props.initial.draftVersion);
  const [revision, setRevision] = createSignal(props.initial.revision);
  const [previewRevision, setPreviewRevision] = createSignal(props.initial.revision);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [savedAt, setSavedAt] = createSignal(new Date(props.initial.savedAt));
  const [publishing, setPublishing] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  const [pane, setPane] = createSignal<'edit' | 'preview'>('edit');
  const [spoken, setSpoken] = createSignal('');
  const announce = (text: string) => {
    setSpoken('');
    requestAnimationFrame(() => setSpoken(text));
  };

  // The same check as the build, on every change: the owner sees a problem as they make it.
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | undefined;
  createEffect(
    on(
      draft.changes,
      () => {
        clearTimeout(checkTimer);
        checkTimer = setTimeout(() => {
          const checked = checkForm(draft.snapshot());
          setProblems(checked.ok ? [] : checked.problems);
          setDraftVersion(checked.ok ? checked.form.version : undefined);
        }, 150);
        setSaveState('unsaved');
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => void save(), 800);
      },
      { defer: true },
    ),
  );

  async function save(): Promise<void> {
    if (saving) await saving;
    if (saveState() !== 'unsaved' && saveState() !== 'offline') return;
    const sent = draft.changes();
    setSaveState('saving');
    saving = (async () => {
      try {
        const { status, json } = await api.save(draft.snapshot(), revision());
        if (status === 409) return void setSaveState('conflict');
        if (status !== 200) throw new Error(String(json.error ?? status));
        const answer = json as unknown as SaveAnswer;
        setRevision(answer.revision);
        setSavedAt(new Date(answer.savedAt));
        setPreviewRevision(answer.revision);
        if (draft.changes() === sent) {
          setProblems(answer.problems);
          setDraftVersion(answer.draftVersion);
        }
        setSaveState(draft.changes() === sent ? 'saved' : 'unsaved');
        if (draft.changes() !== sent) saveTimer = setTimeout(() => void save(), 300);
      } catch {
        setSaveState('offline');
        saveTimer = setTimeout(() => void save(), 5000);
      }
    })();
    await saving;
    saving = undefined;
  }

  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (saveState() !== 'saved') event.preventDefault();
  };
  addEventListener('beforeunload', beforeUnload);
  onCleanup(() => removeEventListener('beforeunload', beforeUnload));

  async function publish() {
    clearTimeout(saveTimer);
    if (saveState() !== 'saved') {
      setSaveState('unsaved');
      await save();
    }
    if (saveState() !== 'saved') return;
    setPublishing(true);
    setNotice('');
    try {
      const { status, json } = await api.publish(revision());
      if (status === 201 || status === 200) {
        setState(await api.load());
        const number = (json as { number?: number }).number;
        const text = status === 201 ? `Published version ${number}. Visitors get it now.` : 'Nothing to publish.';
        setNotice(text);
        announce(text);
      } else if (status === 422) {
        setProblems((json as { problems?: Problem[] }).problems ?? []);
        setNotice('Not published: fix the problems listed above.');
      } else {
        setNotice(String((json as { error?: { message?: string } }).error?.message ?? 'Not published: try again.'));
      }
    } catch {
      setNotice('Not published: the connection failed. Try again.');
    } finally {
      setPublishing(false);
    }
  }

  const unchanged = () => draftVersion() !== undefined && draftVersion() === state().published?.version;
  const show = (problem: Problem) => {
    setPane('edit');
    const places = [...document.querySelectorAll<HTMLElement>('[data-path]')];
    let best: HTMLElement | undefined;
    for (let n = problem.path.length; n > 0 && !best; n--) {
      const key = problem.path.slice(0, n).join('.');
      best = places.find((el) => el.dataset.path === key);
    }
    for (let el = best?.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
    best?.querySelector<HTMLElement>('details')?.setAttribute('open', '');
    requestAnimationFrame(() => {
      best?.scrollIntoView({ block: 'center' });
      (best?.querySelector<HTMLElement>('input, select, textarea, summary') ?? best)?.focus();
    });
  };

  return (
    <StudioContext.Provider value={{ draft, problems, announce }}>
      <div class="st-studio" data-pane={pane()}>
        <div class="st-head">
          <div>
            <p class="st-help">
              <a href="/admin/forms/">Forms</a> › {state().slug}
            </p>
            <h1>{(draft.draft as FormInput).title || state().slug}</h1>
          </div>
          <p class={`st-save st-save-${saveState()}`} role="status">
            {saveState() === 'saved' &&
              `Draft saved ${savedAt().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`}
            {saveState() === 'unsaved' && 'Changes not saved yet…'}
            {saveState() === 'saving' && 'Saving…'}
            {saveState() === 'offline' && 'Not saved: no connection. Trying again…'}
            {saveState() === 'conflict' && (
              <>
                This draft was changed in another tab.{' '}
                <button type="button" class="st-link" onClick={() => location.reload()}>
                  Reload
                </button>{' '}
                to edit the latest one.
              </>
            )}
          </p>
        </div>
        <fieldset class="st-tabs">
          <legend class="ad-sr">Show</legend>
          <button
            type="button"
            class="st-toggle"
            aria-pressed={pane() === 'edit' ? 'true' : 'false'}
            onClick={() => setPane('edit')}
          >
            Edit
          </button>
          <button
            type="button"
            class="st-toggle"
            aria-pressed={pane() === 'preview' ? 'true' : 'false'}
            onClick={() => setPane('preview')}
          >
            Preview
          </button>
        </fieldset>
        <div class="st-columns">
          <div class="st-editor">
            <nav class="st-sections" aria-label="Parts of the form">
              <For each={SECTIONS}>{([id, label]) => <a href={`#${id}`}>{label}</a>}</For>
            </nav>
            <Show when={problems().length > 0}>
              <section class="st-problems" aria-labelledby="st-problems-title">
                <h2 id="st-problems-title">
                  {problems().length === 1 ? 'One thing to fix' : `${problems().length} things to fix`} before
                  publishing
                </h2>
                <ul>
                  <For each={problems()}>
                    {(problem) => (
                      <li>
                        <button type="button" class="st-link" onClick={() => show(problem)}>
                          {problem.where}
                        </button>
                        : {capitalise(problem.message)}.
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </Show>
            <Show when={notice()}>
              <p class="ad-notice">{notice()}</p>
            </Show>
            <FormEditor />
            <QuestionsEditor />
            <ResultsEditor />
            <LookEditor />
            <ReplyEditor />
            <ConnectionsEditor />
            <ProtectionEditor />
            <VariantsEditor />
            <AdPlatformsEditor />
            <PublishPanel
              state={state()}
              csrfToken={props.csrfToken}
              problemCount={problems().length}
              unchanged={unchanged()}
              publishing={publishing()}
              onPublish={() => void publish()}
            />
          </div>
          <div class="st-side">
            <PreviewPane slug={state().slug} revision={previewRevision()} />
          </div>
        </div>
        <p class="ad-sr" aria-live="polite">
          {spoken()}
        </p>
      </div>
    </StudioContext.Provider>
  );
}
