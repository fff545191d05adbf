import { For, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { ChoiceSetting, ListSetting, NumberSetting, ProblemText, TextSetting } from './controls';
import { useStudio } from './studioContext';

/** Spam defences, repeats, partial leads, how long leads are kept, and the sites that may embed the form. */
export function ProtectionEditor() {
  const { draft } = useStudio();
  const form = () => draft.draft as FormInput;
  const consents = () => form().fields.filter((f) => f.kind === 'consent');
  const origins = () => form().embed?.origins ?? [];
  return (
    <section class="st-section" aria-labelledby="st-protection">
      <h2 id="st-protection">Spam, repeats and privacy</h2>
      <div class="st-grid">
        <NumberSetting
          path={['spam', 'minFillSeconds']}
          label="Fastest believable fill (seconds)"
          help="Faster submissions are kept as spam. 0 turns it off; 1.5 when left empty."
        />
        <NumberSetting
          path={['retentionDays']}
          label="Keep leads for (days)"
          help="Older leads are erased every day. Kept until erased by hand when empty."
        />
      </div>
      <h3>Cloudflare Turnstile</h3>
      <Show
        when={form().spam?.turnstile}
        fallback={
          <button
            type="button"
            class="ad-quiet st-small-button"
            onClick={() => draft.set(['spam', 'turnstile'], { siteKey: '', secret: 'TURNSTILE_SECRET_KEY' })}
          >
            Add a Turnstile check
          </button>
        }
      >
        <div class="st-grid">
          <TextSetting path={['spam', 'turnstile', 'siteKey']} label="Site key" keepEmpty spellcheck={false} />
          <TextSetting
            path={['spam', 'turnstile', 'secret']}
            label="Name of the secret key’s Worker secret"
            keepEmpty
            spellcheck={false}
          />
          <TextSetting path={['spam', 'turnstile', 'action']} label="Action" spellcheck={false} />
          <ListSetting
            path={['spam', 'turnstile', 'hostnames']}
            label="Hostnames (comma-separated)"
            spellcheck={false}
          />
        </div>
        <button
          type="button"
          class="ad-quiet st-small-button"
          onClick={() => draft.set(['spam', 'turnstile'], undefined)}
        >
          Remove the Turnstile check
        </button>
        <ProblemText path={['spam', 'turnstile']} />
      </Show>
      <h3>Repeat submissions</h3>
      <Show
        when={form().duplicates}
        fallback={
          <button
            type="button"
            class="ad-quiet st-small-button"
            onClick={() => draft.set(['duplicates'], { withinHours: 24 })}
          >
            Merge repeats by the same person
          </button>
        }
      >
        <div class="st-grid">
          <NumberSetting path={['duplicates', 'withinHours']} label="Within (hours)" keepEmpty />
          <ChoiceSetting
            path={['duplicates', 'update']}
            label="What a repeat changes"
            choices={[
              { value: '', label: 'Fills in what the lead lacks' },
              { value: 'replace', label: 'Replaces the lead’s answers' },
              { value: 'keep-first', label: 'Nothing: the first answers stay' },
            ]}
          />
        </div>
        <button type="button" class="ad-quiet st-small-button" onClick={() => draft.set(['duplicates'], undefined)}>
          Keep every submission as its own lead
        </button>
        <ProblemText path={['duplicates']} />
      </Show>
      <Show when={(form().steps?.length ?? 0) > 1}>
        <h3>Visitors who leave half-way</h3>
        <Show
          when={form().partialLeads}
          fallback={
            <button
              type="button"
              class="ad-quiet st-small-button"
              disabled={consents().length === 0}
              onClick={() => draft.set(['partialLeads'], { consent: consents()[0]?.name ?? '' })}
            >
              {consents().length === 0 ? 'Add a consent question first to keep partial leads' : 'Keep partial leads'}
            </button>
          }
        >
          <div class="st-grid">
            <ChoiceSetting
              path={['partialLeads', 'consent']}
              label="Kept only when this is ticked"
              keepEmpty
              choices={consents().map((c) => ({ value: c.name, label: c.label }))}
            />
            <NumberSetting path={['partialLeads', 'keepDays']} label="Kept for (days)" />
          </div>
          <button type="button" class="ad-quiet st-small-button" onClick={() => draft.set(['partialLeads'], undefined)}>
            Do not keep partial leads
          </button>
          <ProblemText path={['partialLeads']} />
        </Show>
      </Show>
      <h3>Embedding on other sites</h3>
      <p class="st-help">Sites that may show this form and send its answers, e.g. https://www.example.com.</p>
      <ul class="st-list">
        <For each={origins()}>
          {(origin, index) => (
            <li class="st-row">
              <Show
                when={typeof origin === 'string'}
                fallback={
                  <TextSetting
                    path={['embed', 'origins', index(), 'env']}
                    label="Worker variable with the sites"
                    keepEmpty
                  />
                }
              >
                <TextSetting path={['embed', 'origins', index()]} label={`Site ${index() + 1}`} type="url" keepEmpty />
              </Show>
              <button
                type="button"
                class="st-icon"
                onClick={() => {
                  const left = origins().filter((_, i) => i !== index());
                  draft.set(['embed'], left.length > 0 ? { origins: left } : undefined);
                }}
              >
                <span aria-hidden="true">×</span>
                <span class="ad-sr">Remove site {index() + 1}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
      <button
        type="button"
        class="ad-quiet st-small-button"
        onClick={() => draft.set(['embed'], { origins: [...origins(), 'https://'] })}
      >
        Add a site
      </button>
      <ProblemText path={['embed']} />
      <ProblemText path={['spam']} />
    </section>
  );
}
