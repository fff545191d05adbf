import { For, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { ChoiceSetting, ListSetting, ProblemText, TextSetting } from './controls';
import { useStudio } from './studioContext';

type Field = FormInput['fields'][number];

/** Meta's keys for its standard questions, offered for the fields they usually fill. */
function metaKeyFor(field: Field): string | undefined {
  if (field.kind === 'email') return 'email';
  if (field.kind === 'tel') return 'phone_number';
  if (field.kind === 'text' && (field.name === 'name' || field.autocomplete === 'name')) return 'full_name';
  return undefined;
}

/**
 * Ad platforms: Meta lead ads feeding this form (which Page, which question fills which field) and
 * conversions sent back when a lead is qualified or won. Secrets are set with wrangler, never here.
 */
export function AdPlatformsEditor() {
  const { draft } = useStudio();
  const form = () => draft.draft as FormInput;
  const meta = () => form().leadAds?.meta;
  const asked = () => form().fields.filter((field) => field.kind !== 'hidden' && field.kind !== 'consent');
  const consents = () => form().fields.filter((field) => field.kind === 'consent');
  // The mapping is kept as Meta key → field; the studio shows it per field.
  const keyOf = (map: Record<string, string> | undefined, name: string) =>
    Object.entries(map ?? {}).find(([, field]) => field === name)?.[0] ?? '';
  const setKey = (part: 'fields' | 'consents', name: string, key: string) => {
    const current = { ...(meta()?.[part] ?? {}) };
    for (const [k, field] of Object.entries(current)) if (field === name) delete current[k];
    if (key.trim() !== '') current[key.trim()] = name;
    draft.set(
      ['leadAds', 'meta', part],
      part === 'consents' && Object.keys(current).length === 0 ? undefined : current,
    );
  };
  const connectMeta = () => {
    draft.set(['leadAds'], {
      meta: {
        pageId: '',
        fields: Object.fromEntries(
          asked().flatMap((field) => {
            const key = metaKeyFor(field);
            return key ? [[key, field.name]] : [];
          }),
        ),
      },
    });
  };
  const webhookUrl = () => `${location.origin}/api/lead-ads/meta/${meta()?.pageId || '<Page id>'}`;
  const conversions = () => form().conversions;
  return (
    <section class="st-section" aria-labelledby="st-ads">
      <h2 id="st-ads">Ad platforms</h2>
      <h3>Meta lead ads</h3>
      <Show
        when={meta()}
        fallback={
          <>
            <p class="st-help">
              Leads from your Facebook and Instagram lead ads arrive in this form’s inbox, scored and answered like web
              leads.
            </p>
            <button type="button" class="ad-quiet st-small-button" onClick={connectMeta}>
              Connect Meta lead ads
            </button>
          </>
        }
      >
        <div class="st-grid">
          <TextSetting path={['leadAds', 'meta', 'pageId']} label="Facebook Page id" keepEmpty spellcheck={false} />
          <ListSetting
            path={['leadAds', 'meta', 'formIds']}
            label="Only these lead forms (ids, comma-separated)"
            spellcheck={false}
          />
        </div>
        <h4>Which Meta question fills each field</h4>
        <p class="st-help">
          Meta’s key for the question: full_name, email, phone_number, or the key you gave a custom question. Leave
          empty for a field Meta does not ask.
        </p>
        <div class="st-grid">
          <For each={asked()}>
            {(field) => (
              <div class="st-setting" data-path={`leadAds.meta.fields.${field.name}`}>
                <label for={`st-meta-key-${field.name}`}>{field.label}</label>
                <input
                  id={`st-meta-key-${field.name}`}
                  value={keyOf(meta()?.fields, field.name)}
                  spellcheck={false}
                  onInput={(e) => setKey('fields', field.name, e.currentTarget.value)}
                />
              </div>
            )}
          </For>
          <For each={consents()}>
            {(field) => (
              <div class="st-setting">
                <label for={`st-meta-consent-${field.name}`}>Disclaimer checkbox for “{field.label}”</label>
                <input
                  id={`st-meta-consent-${field.name}`}
                  value={keyOf(meta()?.consents, field.name)}
                  spellcheck={false}
                  onInput={(e) => setKey('consents', field.name, e.currentTarget.value)}
                />
              </div>
            )}
          </For>
        </div>
        <ProblemText path={['leadAds', 'meta', 'fields']} />
        <ProblemText path={['leadAds', 'meta']} />
        <p class="st-help">
          In the Meta app’s Webhooks settings (object Page, field leadgen) use the callback URL{' '}
          <code>{webhookUrl()}</code>, and set the Worker secrets META_APP_SECRET, META_VERIFY_TOKEN and META_PAGE_TOKEN
          with <code>npx wrangler secret put</code>.
        </p>
        <button type="button" class="ad-quiet st-small-button" onClick={() => draft.set(['leadAds'], undefined)}>
          Disconnect Meta lead ads
        </button>
      </Show>

      <h3>Conversions back to the ads</h3>
      <Show
        when={conversions()}
        fallback={
          <>
            <p class="st-help">
              When you mark a lead qualified or won, tell Meta and Google that their ad brought it (hashed email and
              phone, never a script on the page), only for leads who ticked a consent for it.
            </p>
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() => draft.set(['conversions'], { consent: consents()[0]?.name ?? '', meta: { pixelId: '' } })}
            >
              Send conversions
            </button>
          </>
        }
      >
        <div class="st-grid">
          <ChoiceSetting
            path={['conversions', 'consent']}
            label="Only for leads who ticked"
            keepEmpty
            choices={[
              { value: '', label: 'Choose a consent…' },
              ...consents().map((f) => ({ value: f.name, label: f.label })),
            ]}
          />
        </div>
        <Show
          when={conversions()?.meta}
          fallback={
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() => draft.set(['conversions', 'meta'], { pixelId: '' })}
            >
              Add Meta (Conversions API)
            </button>
          }
        >
          <div class="st-grid">
            <TextSetting
              path={['conversions', 'meta', 'pixelId']}
              label="Meta dataset (pixel) id"
              keepEmpty
              spellcheck={false}
            />
            <TextSetting
              path={['conversions', 'meta', 'testEventCode']}
              label="Test event code (while checking)"
              spellcheck={false}
            />
          </div>
          <button
            type="button"
            class="ad-quiet st-small-button"
            onClick={() => draft.set(['conversions', 'meta'], undefined)}
          >
            Remove Meta
          </button>
        </Show>
        <Show
          when={conversions()?.google}
          fallback={
            <button
              type="button"
              class="ad-quiet st-small-button"
              onClick={() => draft.set(['conversions', 'google'], { customerId: '', actions: {} })}
            >
              Add Google Ads
            </button>
          }
        >
          <div class="st-grid">
            <TextSetting
              path={['conversions', 'google', 'customerId']}
              label="Google Ads account (digits)"
              keepEmpty
              spellcheck={false}
            />
            <TextSetting
              path={['conversions', 'google', 'actions', 'qualified']}
              label="Conversion action id: qualified"
              spellcheck={false}
            />
            <TextSetting
              path={['conversions', 'google', 'actions', 'won']}
              label="Conversion action id: won"
              spellcheck={false}
            />
          </div>
          <button
            type="button"
            class="ad-quiet st-small-button"
            onClick={() => draft.set(['conversions', 'google'], undefined)}
          >
            Remove Google Ads
          </button>
        </Show>
        <ProblemText path={['conversions']} />
        <button type="button" class="ad-quiet st-small-button" onClick={() => draft.set(['conversions'], undefined)}>
          Stop sending conversions
        </button>
      </Show>
    </section>
  );
}
