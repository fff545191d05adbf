import { For, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import type { Field } from '../engine/fields/fieldKinds';
import { ConditionEditor, type Subject } from './ConditionEditor';
import {
  BoolSetting,
  ChoiceSetting,
  capitalise,
  MoveButtons,
  moved,
  NumberSetting,
  ProblemText,
  TextSetting,
} from './controls';
import { controlId } from './draftStore';
import { subjectOf } from './QuestionsEditor';
import { problemsAt, useStudio } from './studioContext';

const FORMATS = [
  { value: 'decimal', label: 'A number' },
  { value: 'currency', label: 'Money' },
  { value: 'percent', label: 'A percentage (0.25 shows as 25 %)' },
  { value: 'unit', label: 'A measure (metres, kilograms…)' },
];

/** Calculations, a quiz (categories and outcomes; points sit on each option) and the lead score. */
export function ResultsEditor() {
  const { draft, announce } = useStudio();
  const form = () => draft.draft as FormInput;
  const calculations = () => form().calculations ?? [];
  const subjects = (): Subject[] => [
    ...form().fields.map((f) => subjectOf(f as Field)),
    ...calculations().map((c) => ({
      name: c.name,
      label: `${c.label || c.name} (calculation)`,
      kind: 'calculation' as const,
    })),
  ];
  const freshCalc = () => {
    for (let n = calculations().length + 1; ; n++)
      if (!calculations().some((c) => c.name === `result_${n}`)) return `result_${n}`;
  };
  return (
    <>
      <section class="st-section" aria-labelledby="st-calculations">
        <h2 id="st-calculations">Calculations</h2>
        <p class="st-help">
          Figures worked out from the answers, shown live as the visitor answers and stored with the lead. Formulas use
          the names of number, slider and rating questions, choices whose options have amounts, and earlier
          calculations: <code>area * price_per_m2 + 150</code>, <code>round(total / months, 2)</code>.
        </p>
        <ol class="st-list" data-list>
          <For each={calculations()}>
            {(calculation, index) => (
              <li class="st-card" data-path={`calculations.${index()}`}>
                <div class="st-grid">
                  <TextSetting path={['calculations', index(), 'label']} label="Label" keepEmpty />
                  <TextSetting
                    path={['calculations', index(), 'name']}
                    label="Name in formulas and exports"
                    keepEmpty
                    spellcheck={false}
                  />
                  <FormulaSetting index={index()} />
                  <ChoiceSetting
                    path={['calculations', index(), 'format', 'style']}
                    label="Shown as"
                    choices={FORMATS}
                    keepEmpty
                  />
                  <Show when={calculation.format?.style === 'currency'}>
                    <TextSetting
                      path={['calculations', index(), 'format', 'currency']}
                      label="Currency code"
                      placeholder="EUR"
                      keepEmpty
                    />
                  </Show>
                  <Show when={calculation.format?.style === 'unit'}>
                    <TextSetting
                      path={['calculations', index(), 'format', 'unit']}
                      label="Unit"
                      placeholder="meter"
                      keepEmpty
                    />
                  </Show>
                  <NumberSetting
                    path={['calculations', index(), 'format', 'maximumFractionDigits']}
                    label="Decimals shown at most"
                    min={0}
                  />
                  <TextSetting path={['calculations', index(), 'help']} label="Note under the figure" />
                  <BoolSetting
                    path={['calculations', index(), 'show']}
                    label="Show it to the visitor"
                    whenOff={false}
                    help="Untick for a figure only you see, e.g. one the lead score uses."
                  />
                </div>
                <div class="st-item-actions">
                  <MoveButtons
                    name={calculation.label || calculation.name}
                    index={index()}
                    count={calculations().length}
                    onMove={(from, to) => draft.set(['calculations'], moved(calculations(), from, to))}
                  />
                  <button
                    type="button"
                    class="st-icon"
                    onClick={() =>
                      draft.set(
                        ['calculations'],
                        calculations().filter((_, i) => i !== index()),
                      )
                    }
                  >
                    <span aria-hidden="true">×</span>
                    <span class="ad-sr">Remove the calculation “{calculation.label}”</span>
                  </button>
                </div>
                <ProblemText path={['calculations', index()]} />
              </li>
            )}
          </For>
        </ol>
        <button
          type="button"
          class="ad-quiet st-small-button"
          onClick={() => {
            draft.set(
              ['calculations'],
              [...calculations(), { name: freshCalc(), label: 'Estimate', formula: '', format: { style: 'decimal' } }],
            );
            announce('Added a calculation: write its formula.');
          }}
        >
          Add a calculation
        </button>
      </section>

      <QuizEditor />

      <section class="st-section" aria-labelledby="st-scoring">
        <h2 id="st-scoring">Lead score</h2>
        <p class="st-help">
          Points for answers that make a good customer; the total makes a lead hot, warm or cold. Visitors never see it.
        </p>
        <Show
          when={form().scoring}
          fallback={
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() =>
                draft.set(['scoring'], {
                  rules: [{ when: { field: form().fields[0]?.name ?? '', answered: true }, points: 10 }],
                  hot: 60,
                  warm: 30,
                })
              }
            >
              Score leads
            </button>
          }
        >
          {(scoring) => (
            <>
              <div class="st-grid">
                <NumberSetting path={['scoring', 'hot']} label="Hot from (points)" keepEmpty />
                <NumberSetting path={['scoring', 'warm']} label="Warm from (points)" keepEmpty />
              </div>
              <ol class="st-list">
                <For each={scoring().rules}>
                  {(rule, index) => (
                    <li class="st-card" data-path={`scoring.rules.${index()}`}>
                      <ConditionEditor
                        path={['scoring', 'rules', index(), 'when']}
                        subjects={subjects()}
                        label={`Rule ${index() + 1}: when`}
                        alwaysLabel="Always"
                        onlyIfLabel="When"
                        required
                      />
                      <div class="st-grid">
                        <NumberSetting
                          path={['scoring', 'rules', index(), 'points']}
                          label="Points (negative takes away)"
                          keepEmpty
                        />
                        <TextSetting path={['scoring', 'rules', index(), 'label']} label="Why, as sales reads it" />
                      </div>
                      <div class="st-item-actions">
                        <button
                          type="button"
                          class="st-icon"
                          onClick={() =>
                            draft.set(
                              ['scoring', 'rules'],
                              scoring().rules.filter((_, i) => i !== index()),
                            )
                          }
                        >
                          <span aria-hidden="true">×</span>
                          <span class="ad-sr">Remove rule {index() + 1}</span>
                        </button>
                      </div>
                      <ProblemText path={['scoring', 'rules', index()]} />
                      <span class="ad-sr">{rule.label}</span>
                    </li>
                  )}
                </For>
              </ol>
              <div class="st-row">
                <button
                  type="button"
                  class="ad-quiet st-small-button"
                  onClick={() =>
                    draft.set(
                      ['scoring', 'rules'],
                      [
                        ...scoring().rules,
                        { when: { field: form().fields[0]?.name ?? '', answered: true }, points: 10 },
                      ],
                    )
                  }
                >
                  Add a rule
                </button>
                <button
                  type="button"
                  class="ad-quiet st-small-button"
                  onClick={() => draft.set(['scoring'], undefined)}
                >
                  Stop scoring leads
                </button>
              </div>
              <ProblemText path={['scoring']} />
              <ProblemText path={['scoring', 'rules']} />
            </>
          )}
        </Show>
      </section>
    </>
  );
}

/** A calculation's formula, with the checks' message and a mark under the character it is about. */
function FormulaSetting(props: { index: number }) {
  const { draft, problems } = useStudio();
  const path = () => ['calculations', props.index, 'formula'] as const;
  const id = () => controlId(path());
  const problem = () => problemsAt(problems(), path())[0];
  const text = () => String(draft.get(path()) ?? '');
  return (
    <div class="st-setting st-wide" data-path={path().join('.')}>
      <label for={id()}>Formula</label>
      <input
        id={id()}
        class="st-code"
        value={text()}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={problem() ? 'true' : undefined}
        aria-describedby={problem() ? `${id()}-problem` : undefined}
        onInput={(e) => draft.set(path(), e.currentTarget.value)}
      />
      <Show when={problem()?.position !== undefined && problem()}>
        {(found) => (
          <pre class="st-caret" aria-hidden="true">
            {text()}
            {'\n'}
            {' '.repeat(Math.min(found().position ?? 0, text().length))}^
          </pre>
        )}
      </Show>
      <Show when={problem()}>
        {(found) => (
          <p class="st-problem" id={`${id()}-problem`}>
            {capitalise(found().message)}.
          </p>
        )}
      </Show>
    </div>
  );
}

/** A quiz: categories (optional), outcomes with their pages, and whether the outcome waits for contact details. */
function QuizEditor() {
  const { draft, announce } = useStudio();
  const form = () => draft.draft as FormInput;
  const quiz = () => form().quiz;
  const freshId = (list: readonly { id: string }[], base: string) => {
    for (let n = list.length + 1; ; n++) if (!list.some((x) => x.id === `${base}-${n}`)) return `${base}-${n}`;
  };
  return (
    <section class="st-section" aria-labelledby="st-quiz">
      <h2 id="st-quiz">Quiz</h2>
      <Show
        when={quiz()}
        fallback={
          <>
            <p class="st-help">Give options points and send each visitor to the outcome their answers add up to.</p>
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() => {
                draft.set(['quiz'], {
                  outcomes: [
                    { id: 'outcome-1', title: 'First outcome', body: '', minScore: 0 },
                    { id: 'outcome-2', title: 'Second outcome', body: '', minScore: 10 },
                  ],
                });
                announce('Added a quiz: give the options points under each question.');
              }}
            >
              Make it a quiz
            </button>
          </>
        }
      >
        {(current) => (
          <>
            <p class="st-help">Points are set on each option of the questions above.</p>
            <BoolSetting
              path={['quiz', 'gate']}
              label="Show the outcome only after the visitor leaves contact details"
            />
            <h3>Categories</h3>
            <p class="st-help">
              Without categories, the total picks the outcome (each outcome from its minimum score); with them, the top
              category does.
            </p>
            <ol class="st-list">
              <For each={current().categories ?? []}>
                {(_, index) => (
                  <li class="st-card">
                    <div class="st-grid">
                      <TextSetting path={['quiz', 'categories', index(), 'label']} label="Category" keepEmpty />
                      <TextSetting
                        path={['quiz', 'categories', index(), 'id']}
                        label="Id"
                        keepEmpty
                        spellcheck={false}
                      />
                    </div>
                    <button
                      type="button"
                      class="st-icon"
                      onClick={() => {
                        const left = (current().categories ?? []).filter((__, i) => i !== index());
                        draft.set(['quiz', 'categories'], left.length > 0 ? left : undefined);
                      }}
                    >
                      <span aria-hidden="true">×</span>
                      <span class="ad-sr">Remove category {index() + 1}</span>
                    </button>
                    <ProblemText path={['quiz', 'categories', index()]} />
                  </li>
                )}
              </For>
            </ol>
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() =>
                draft.set(
                  ['quiz', 'categories'],
                  [
                    ...(current().categories ?? []),
                    { id: freshId(current().categories ?? [], 'category'), label: 'New category' },
                  ],
                )
              }
            >
              Add a category
            </button>
            <h3>Outcomes</h3>
            <ol class="st-list" data-list>
              <For each={current().outcomes}>
                {(outcome, index) => (
                  <li class="st-card" data-path={`quiz.outcomes.${index()}`}>
                    <div class="st-grid">
                      <TextSetting path={['quiz', 'outcomes', index(), 'title']} label="Title" keepEmpty />
                      <TextSetting
                        path={['quiz', 'outcomes', index(), 'id']}
                        label="Address"
                        keepEmpty
                        spellcheck={false}
                      />
                      <TextSetting
                        path={['quiz', 'outcomes', index(), 'body']}
                        label="What it says"
                        multiline
                        keepEmpty
                        class="st-wide"
                      />
                      <Show
                        when={(current().categories ?? []).length > 0}
                        fallback={
                          <NumberSetting path={['quiz', 'outcomes', index(), 'minScore']} label="From a total of" />
                        }
                      >
                        <ChoiceSetting
                          path={['quiz', 'outcomes', index(), 'category']}
                          label="For the top category"
                          choices={[
                            { value: '', label: 'Choose' },
                            ...(current().categories ?? []).map((c) => ({ value: c.id, label: c.label })),
                          ]}
                        />
                      </Show>
                      <TextSetting path={['quiz', 'outcomes', index(), 'cta', 'label']} label="Button text" />
                      <TextSetting path={['quiz', 'outcomes', index(), 'cta', 'href']} label="Button link" type="url" />
                      <TextSetting
                        path={['quiz', 'outcomes', index(), 'image', 'src']}
                        label="Image address"
                        type="url"
                      />
                      <TextSetting path={['quiz', 'outcomes', index(), 'image', 'alt']} label="Image description" />
                    </div>
                    <div class="st-item-actions">
                      <MoveButtons
                        name={outcome.title}
                        index={index()}
                        count={current().outcomes.length}
                        onMove={(from, to) => draft.set(['quiz', 'outcomes'], moved(current().outcomes, from, to))}
                      />
                      <button
                        type="button"
                        class="st-icon"
                        disabled={current().outcomes.length <= 2}
                        onClick={() =>
                          draft.set(
                            ['quiz', 'outcomes'],
                            current().outcomes.filter((_, i) => i !== index()),
                          )
                        }
                      >
                        <span aria-hidden="true">×</span>
                        <span class="ad-sr">Remove the outcome “{outcome.title}”</span>
                      </button>
                    </div>
                    <ProblemText path={['quiz', 'outcomes', index()]} />
                  </li>
                )}
              </For>
            </ol>
            <div class="st-row">
              <button
                type="button"
                class="ad-quiet st-small-button"
                onClick={() =>
                  draft.set(
                    ['quiz', 'outcomes'],
                    [
                      ...current().outcomes,
                      { id: freshId(current().outcomes, 'outcome'), title: 'New outcome', body: '' },
                    ],
                  )
                }
              >
                Add an outcome
              </button>
              <button type="button" class="ad-quiet st-small-button" onClick={() => draft.set(['quiz'], undefined)}>
                Stop being a quiz
              </button>
            </div>
            <ProblemText path={['quiz']} />
            <ProblemText path={['quiz', 'outcomes']} />
          </>
        )}
      </Show>
    </section>
  );
}
