import { createMemo, For, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { FIELD_EDITORS } from '../engine/fields/fieldEditors';
import type { Field, FieldKind } from '../engine/fields/fieldKinds';
import type { Subject } from './ConditionEditor';
import { ConditionEditor } from './ConditionEditor';
import { MoveButtons, moved, ProblemText, TextSetting } from './controls';
import { FieldCard } from './FieldCard';
import { useStudio } from './studioContext';

const NAME_BASE: Partial<Record<FieldKind, string>> = {
  email: 'email',
  tel: 'phone',
  consent: 'consent',
  date: 'date',
};

const NEW_LABEL: Partial<Record<FieldKind, string>> = { email: 'Email', tel: 'Phone', consent: 'Consent' };

/** A name no field has yet, from the kind: "phone", "question_3". */
function freshName(fields: readonly { name: string }[], kind: FieldKind): string {
  const base = NAME_BASE[kind] ?? 'question';
  const taken = new Set(fields.map((f) => f.name));
  if (!taken.has(base) && base !== 'question') return base;
  for (let n = fields.length + 1; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

function freshStepId(steps: readonly { id: string }[]): string {
  for (let n = steps.length + 1; ; n++) if (!steps.some((s) => s.id === `step-${n}`)) return `step-${n}`;
}

/** What a condition may look at: the questions (and their options). */
export function subjectOf(field: Field): Subject {
  return {
    name: field.name,
    label: field.label || field.name,
    kind: field.kind,
    options: 'options' in field ? field.options : undefined,
  };
}

/**
 * The questions, page by page: on one page, or split into steps (each with its title and when it is
 * asked). Questions are added by kind, opened to edit, reordered by buttons (keyboard) or by dragging,
 * moved between steps and removed; their conditions offer only the questions asked before them.
 */
export function QuestionsEditor() {
  const { draft, announce } = useStudio();
  const form = () => draft.draft as FormInput;
  const steps = () => form().steps;
  const indexOf = (name: string) => form().fields.findIndex((f) => f.name === name);
  // The pages as the visitor meets them: each with its questions' indexes in `fields`.
  const pages = createMemo(() => {
    const list = steps();
    if (!list) return [{ step: undefined, index: -1, fields: form().fields.map((_, i) => i) }];
    return list.map((step, index) => ({
      step,
      index,
      fields: step.fields.map(indexOf).filter((i) => i >= 0),
    }));
  });
  const order = createMemo(() => pages().flatMap((page) => page.fields));
  const unplaced = createMemo(() => {
    const placed = new Set(order());
    return form()
      .fields.map((_, i) => i)
      .filter((i) => !placed.has(i));
  });
  const earlierThan = (fieldIndex: number): Subject[] => {
    const before = order().slice(0, Math.max(0, order().indexOf(fieldIndex)));
    return before.map((i) => subjectOf(form().fields[i] as Field));
  };
  const beforeStep = (stepIndex: number): Subject[] =>
    pages()
      .slice(0, stepIndex)
      .flatMap((page) => page.fields.map((i) => subjectOf(form().fields[i] as Field)));

  const moveWithin = (pageIndex: number) => (from: number, to: number) => {
    const page = pages()[pageIndex];
    if (!page) return;
    draft.edit((d) => {
      if (!d.steps) d.fields = moved(d.fields, from, to);
      else {
        const step = d.steps[pageIndex];
        if (step) step.fields = moved(step.fields, from, to);
      }
    });
    const name = form().fields[page.fields[from] ?? -1]?.label ?? '';
    announce(`Moved “${name}” to position ${to + 1} of ${page.fields.length}.`);
  };
  const moveToStep = (name: string, stepId: string) => {
    draft.edit((d) => {
      for (const step of d.steps ?? []) step.fields = step.fields.filter((n) => n !== name);
      d.steps?.find((s) => s.id === stepId)?.fields.push(name);
    });
    announce(`Moved the question to ${form().steps?.find((s) => s.id === stepId)?.title ?? 'another step'}.`);
  };
  const remove = (name: string) => {
    const label = form().fields.find((f) => f.name === name)?.label ?? name;
    draft.edit((d) => {
      d.fields = d.fields.filter((f) => f.name !== name);
      for (const step of d.steps ?? []) step.fields = step.fields.filter((n) => n !== name);
    });
    announce(`Removed “${label}”. Anything that used it now shows a problem.`);
  };
  const add = (kind: FieldKind, stepIndex: number) => {
    const name = freshName(form().fields, kind);
    const label = NEW_LABEL[kind] ?? 'New question';
    draft.edit((d) => {
      d.fields.push({ ...structuredClone(FIELD_EDITORS[kind].starter), name, label } as Field);
      d.steps?.[stepIndex]?.fields.push(name);
    });
    const index = form().fields.length - 1;
    announce(`Added a ${FIELD_EDITORS[kind].label.toLowerCase()} question.`);
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-path="fields.${index}"] details`);
      card?.setAttribute('open', '');
      document.getElementById(`st-fields-${index}-label`)?.focus();
    });
  };

  return (
    <section class="st-section" aria-labelledby="st-questions">
      <h2 id="st-questions">Questions</h2>
      <div class="st-row">
        <Show
          when={steps()}
          fallback={
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() => {
                draft.set(
                  ['steps'],
                  [{ id: 'step-1', title: form().title || 'Step 1', fields: form().fields.map((f) => f.name) }],
                );
                announce('The questions are now in steps. Add a step to split them.');
              }}
            >
              Split into steps
            </button>
          }
        >
          <button
            type="button"
            class="ad-quiet st-small-button"
            onClick={() => {
              const names = order().map((i) => form().fields[i]?.name ?? '');
              draft.edit((d) => {
                const byName = new Map(d.fields.map((f) => [f.name, f]));
                d.fields = [
                  ...names.flatMap((n) => byName.get(n) ?? []),
                  ...d.fields.filter((f) => !names.includes(f.name)),
                ];
                d.steps = undefined;
              });
              announce('All questions are on one page again.');
            }}
          >
            Put everything on one page
          </button>
        </Show>
      </div>
      <For each={pages()}>
        {(page) => (
          <div class="st-page" data-path={page.step ? `steps.${page.index}` : undefined}>
            <Show when={page.step}>
              <div class="st-step-head">
                <h3>
                  Step {page.index + 1} of {pages().length}
                </h3>
                <div class="st-item-actions" data-list>
                  <MoveButtons
                    name={page.step?.title || `Step ${page.index + 1}`}
                    index={page.index}
                    count={pages().length}
                    onMove={(from, to) => {
                      draft.edit((d) => {
                        if (d.steps) d.steps = moved(d.steps, from, to);
                      });
                      announce(`Moved the step to position ${to + 1}.`);
                    }}
                  />
                  <button
                    type="button"
                    class="st-icon"
                    disabled={pages().length === 1 || page.fields.length > 0}
                    title={page.fields.length > 0 ? 'Move its questions to another step first' : undefined}
                    onClick={() => draft.edit((d) => void d.steps?.splice(page.index, 1))}
                  >
                    <span aria-hidden="true">×</span>
                    <span class="ad-sr">Remove step {page.index + 1}</span>
                  </button>
                </div>
              </div>
              <div class="st-grid">
                <TextSetting path={['steps', page.index, 'title']} label="Step title" keepEmpty />
                <TextSetting path={['steps', page.index, 'intro']} label="Introduction" />
              </div>
              <ConditionEditor
                path={['steps', page.index, 'showIf']}
                subjects={beforeStep(page.index)}
                label="When to ask this step"
                alwaysLabel="Always"
                onlyIfLabel="Only when"
              />
              <ProblemText path={['steps', page.index, 'fields']} />
              <ProblemText path={['steps', page.index]} />
            </Show>
            <Show when={page.fields.length === 0}>
              <p class="st-help">No questions on this step yet: add one, or move one here.</p>
            </Show>
            <ol class="st-list" data-list>
              <For each={page.fields}>
                {(fieldIndex, position) => (
                  <FieldCard
                    index={fieldIndex}
                    position={position()}
                    count={page.fields.length}
                    earlier={earlierThan(fieldIndex)}
                    steps={(steps() ?? []).map((s) => ({ id: s.id, title: s.title }))}
                    stepId={page.step?.id}
                    onMove={moveWithin(Math.max(0, page.index))}
                    onMoveToStep={moveToStep}
                    onRemove={remove}
                  />
                )}
              </For>
            </ol>
            <AddQuestion
              onAdd={(kind) => add(kind, page.index)}
              where={page.step ? `step ${page.index + 1}` : 'the form'}
            />
          </div>
        )}
      </For>
      <Show when={unplaced().length > 0}>
        <div class="st-page">
          <h3>Not on any step</h3>
          <p class="st-help">Visitors never see these: move each to a step.</p>
          <ol class="st-list" data-list>
            <For each={unplaced()}>
              {(fieldIndex, position) => (
                <FieldCard
                  index={fieldIndex}
                  position={position()}
                  count={unplaced().length}
                  earlier={earlierThan(fieldIndex)}
                  steps={[
                    { id: '', title: 'Choose a step' },
                    ...(steps() ?? []).map((s) => ({ id: s.id, title: s.title })),
                  ]}
                  stepId=""
                  onMove={() => undefined}
                  onMoveToStep={moveToStep}
                  onRemove={remove}
                />
              )}
            </For>
          </ol>
        </div>
      </Show>
      <Show when={steps()}>
        <button
          type="button"
          class="ad-quiet"
          onClick={() => {
            const id = freshStepId(steps() ?? []);
            draft.edit((d) => void d.steps?.push({ id, title: `Step ${(d.steps?.length ?? 0) + 1}`, fields: [] }));
            announce('Added a step. Move questions to it, or add new ones.');
          }}
        >
          Add a step
        </button>
      </Show>
      <ProblemText path={['fields']} />
      <ProblemText path={['steps']} />
    </section>
  );
}

/** The menu of kinds a new question can be, each with one line on when to use it. */
function AddQuestion(props: { onAdd: (kind: FieldKind) => void; where: string }) {
  let menu: HTMLDetailsElement | undefined;
  return (
    <details class="st-add" ref={menu}>
      <summary>Add a question to {props.where}</summary>
      <ul class="st-kinds">
        <For each={Object.entries(FIELD_EDITORS) as [FieldKind, (typeof FIELD_EDITORS)[FieldKind]][]}>
          {([kind, editor]) => (
            <li>
              <button
                type="button"
                class="st-kind"
                onClick={() => {
                  menu?.removeAttribute('open');
                  props.onAdd(kind);
                }}
              >
                <b>{editor.label}</b>
                <span>{editor.description}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
