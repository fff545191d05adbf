import { For, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { MoveButtons, moved, NumberSetting, ProblemText, TextSetting } from './controls';
import { useStudio } from './studioContext';

type VariantInput = NonNullable<FormInput['variants']>[number];

const MAX_VARIANTS = 4;

/**
 * An A/B test: two to four variants of the form's wording and question order, each with its
 * share of new visitors. The funnel judges them on qualified leads and ends the test.
 */
export function VariantsEditor() {
  const { draft } = useStudio();
  const form = () => draft.draft as FormInput;
  const variants = () => form().variants ?? [];
  // Questions a visitor reads; consent texts and hidden fields keep their wording in every variant.
  const worded = () => form().fields.filter((field) => field.kind !== 'consent' && field.kind !== 'hidden');
  const nextId = () => 'abcd'.split('').find((id) => !variants().some((variant) => variant.id === id)) ?? 'e';
  const start = () =>
    draft.set(['variants'], [
      { id: 'a', label: 'As it is', weight: 50 },
      { id: 'b', label: 'Variant B', weight: 50, title: form().title },
    ] satisfies VariantInput[]);
  return (
    <section class="st-section" aria-labelledby="st-variants">
      <h2 id="st-variants">A/B test</h2>
      <Show
        when={variants().length > 0}
        fallback={
          <>
            <p class="st-help">
              Show new visitors different headlines, buttons, question wording or order, and let the funnel say which
              brings more qualified leads. Each variant is a page of its own: nothing changes after it loads.
            </p>
            <button type="button" class="ad-quiet st-small-button" onClick={start}>
              Start an A/B test
            </button>
          </>
        }
      >
        <p class="st-help">
          Left empty, a variant shows the form’s own wording. Visitors keep their variant; the funnel compares them and
          ends the test. Changing a variant after publishing starts a new test.
        </p>
        {/* By position, as Index would, with For: Index would join Solid's runtime chunk that form pages load. */}
        <For each={variants().map((_, at) => at)}>
          {(v) => {
            const variant = () => variants()[v] ?? { id: '', label: '' };
            return (
              <fieldset class="st-card">
                <legend>
                  Variant {variant().id}: {variant().label}
                </legend>
                <div class="st-grid">
                  <TextSetting path={['variants', v, 'label']} label="Name in the funnel" keepEmpty />
                  <TextSetting
                    path={['variants', v, 'id']}
                    label="Id (stored with each lead)"
                    keepEmpty
                    spellcheck={false}
                  />
                  <NumberSetting
                    path={['variants', v, 'weight']}
                    label="Share of visitors (weight)"
                    keepEmpty
                    help="Relative to the others: 50 and 50 split evenly."
                  />
                  <TextSetting
                    path={['variants', v, 'title']}
                    label="Title"
                    placeholder={form().title}
                    class="st-wide"
                  />
                  <TextSetting path={['variants', v, 'intro']} label="Introduction" multiline class="st-wide" />
                  <TextSetting
                    path={['variants', v, 'submitLabel']}
                    label="Text of the send button"
                    placeholder={form().submitLabel ?? 'Send'}
                  />
                </div>
                <h3>Question wording</h3>
                <div class="st-grid">
                  <For each={worded()}>
                    {(field) => (
                      <TextSetting
                        path={['variants', v, 'questions', field.name, 'label']}
                        label={`“${field.label}” asked as`}
                        placeholder={field.label}
                      />
                    )}
                  </For>
                </div>
                <OrderEditor index={v} />
                <Show when={variants().length > 2}>
                  <button
                    type="button"
                    class="ad-quiet st-small-button"
                    onClick={() =>
                      draft.set(
                        ['variants'],
                        variants().filter((_, at) => at !== v),
                      )
                    }
                  >
                    Remove variant {variant().id}
                  </button>
                </Show>
                <ProblemText path={['variants', v]} />
              </fieldset>
            );
          }}
        </For>
        <div class="st-row">
          <Show when={variants().length < MAX_VARIANTS}>
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() =>
                draft.set(
                  ['variants'],
                  [...variants(), { id: nextId(), label: `Variant ${nextId().toUpperCase()}`, weight: 50 }],
                )
              }
            >
              Add a variant
            </button>
          </Show>
          <button type="button" class="ad-quiet st-small-button" onClick={() => draft.set(['variants'], undefined)}>
            Stop testing (remove every variant)
          </button>
        </div>
        <ProblemText path={['variants']} />
      </Show>
    </section>
  );
}

/** A variant's own order of the questions, or the form's when it has none. */
function OrderEditor(props: { index: number }) {
  const { draft } = useStudio();
  const form = () => draft.draft as FormInput;
  const order = () => form().variants?.[props.index]?.order;
  const path = ['variants', props.index, 'order'];
  return (
    <Show
      when={order()}
      fallback={
        <button
          type="button"
          class="ad-quiet st-small-button"
          onClick={() =>
            draft.set(
              path,
              form().fields.map((field) => field.name),
            )
          }
        >
          Ask the questions in another order
        </button>
      }
    >
      {(names) => (
        <>
          <h3>Order of the questions</h3>
          <ol class="st-list" data-list>
            <For each={names()}>
              {(name, at) => (
                <li class="st-option st-row">
                  <span>{form().fields.find((field) => field.name === name)?.label ?? name}</span>
                  <MoveButtons
                    name={name}
                    index={at()}
                    count={names().length}
                    onMove={(from, to) => draft.set(path, moved(names(), from, to))}
                  />
                </li>
              )}
            </For>
          </ol>
          <button type="button" class="ad-quiet st-small-button" onClick={() => draft.set(path, undefined)}>
            Keep the form’s order
          </button>
          <ProblemText path={path} />
        </>
      )}
    </Show>
  );
}
