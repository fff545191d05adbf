import { For, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { TIERS } from '../engine/scoring/scoringSchema';
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from '../engine/webhooks/webhookSchema';
import { BoolSetting, ChoiceSetting, ProblemText, TextSetting } from './controls';
import { controlId } from './draftStore';
import { useStudio } from './studioContext';

const FORMAT_LABELS: Record<(typeof WEBHOOK_FORMATS)[number], string> = {
  standard: 'Standard Webhooks (signed JSON, for CRMs and automations)',
  slack: 'A Slack channel (incoming webhook)',
  discord: 'A Discord channel (webhook)',
};

/** Where leads go besides the inbox: webhooks (address or secret name, events, tiers, format) and the owner’s email. */
export function ConnectionsEditor() {
  const { draft } = useStudio();
  const form = () => draft.draft as FormInput;
  const webhooks = () => form().webhooks ?? [];
  const consents = () => form().fields.filter((f) => f.kind === 'consent');
  return (
    <section class="st-section" aria-labelledby="st-connections">
      <h2 id="st-connections">Connections</h2>
      <BoolSetting
        path={['notify', 'email']}
        label="Email me about every new lead"
        help="Sent once OWNER_EMAIL_TO and OWNER_EMAIL_FROM are set for the Worker."
      />
      <h3>Webhooks</h3>
      <p class="st-help">
        Each new lead is sent to these addresses, retried for days if one is down, and logged. Secrets are never typed
        here: name the Worker secret that holds them (set with <code>wrangler secret put</code>).
      </p>
      <ol class="st-list">
        <For each={webhooks()}>
          {(hook, index) => {
            const path = ['webhooks', index()] as const;
            const secretAddress = () => typeof hook.url !== 'string';
            return (
              <li class="st-card" data-path={path.join('.')}>
                <div class="st-grid">
                  <TextSetting
                    path={[...path, 'id']}
                    label="Name"
                    keepEmpty
                    spellcheck={false}
                    help="Lower-case words with -, e.g. crm. Its delivery log is kept under it."
                  />
                  <ChoiceSetting
                    path={[...path, 'format']}
                    label="Receiver"
                    keepEmpty
                    choices={WEBHOOK_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
                  />
                  <div class="st-setting st-wide">
                    <span class="st-label" id={`${controlId(path)}-where`}>
                      Address
                    </span>
                    <div class="st-row" role="radiogroup" aria-labelledby={`${controlId(path)}-where`}>
                      <label class="st-inline">
                        <input
                          type="radio"
                          name={`${controlId(path)}-mode`}
                          checked={!secretAddress()}
                          onChange={() => draft.set([...path, 'url'], '')}
                        />
                        Typed here
                      </label>
                      <label class="st-inline">
                        <input
                          type="radio"
                          name={`${controlId(path)}-mode`}
                          checked={secretAddress()}
                          onChange={() => draft.set([...path, 'url'], { env: '' })}
                        />
                        In a Worker secret (Slack and Discord addresses are secrets)
                      </label>
                    </div>
                  </div>
                  <Show
                    when={secretAddress()}
                    fallback={
                      <TextSetting
                        path={[...path, 'url']}
                        label="Address (https://…)"
                        type="url"
                        keepEmpty
                        class="st-wide"
                      />
                    }
                  >
                    <TextSetting
                      path={[...path, 'url', 'env']}
                      label="Name of the secret holding the address"
                      keepEmpty
                      placeholder="QUOTE_SLACK_URL"
                      spellcheck={false}
                    />
                    <BoolSetting path={[...path, 'optional']} label="Only while that secret is set" />
                  </Show>
                  <TextSetting
                    path={[...path, 'secret']}
                    label="Name of the signing secret"
                    placeholder="CRM_WEBHOOK_SECRET"
                    spellcheck={false}
                    help="The Worker secret holding the whsec_ key; Standard Webhooks need one."
                  />
                  <fieldset class="st-setting">
                    <legend>Sends</legend>
                    <For each={WEBHOOK_EVENTS}>
                      {(event) => (
                        <label class="st-inline">
                          <input
                            type="checkbox"
                            checked={(hook.events ?? ['lead.created']).includes(event)}
                            onChange={(e) => {
                              const now = new Set(hook.events ?? ['lead.created']);
                              if (e.currentTarget.checked) now.add(event);
                              else now.delete(event);
                              draft.set(
                                [...path, 'events'],
                                WEBHOOK_EVENTS.filter((x) => now.has(x)),
                              );
                            }}
                          />
                          {event === 'lead.created' ? 'New leads' : 'Changes to leads'}
                        </label>
                      )}
                    </For>
                    <ProblemText path={[...path, 'events']} />
                  </fieldset>
                  <Show when={form().scoring}>
                    <fieldset class="st-setting">
                      <legend>Only leads that are</legend>
                      <For each={TIERS}>
                        {(tier) => (
                          <label class="st-inline">
                            <input
                              type="checkbox"
                              checked={hook.tiers?.includes(tier) ?? false}
                              onChange={(e) => {
                                const now = new Set(hook.tiers ?? []);
                                if (e.currentTarget.checked) now.add(tier);
                                else now.delete(tier);
                                draft.set(
                                  [...path, 'tiers'],
                                  now.size > 0 ? TIERS.filter((t) => now.has(t)) : undefined,
                                );
                              }}
                            />
                            {tier}
                          </label>
                        )}
                      </For>
                    </fieldset>
                  </Show>
                  <Show when={consents().length > 0}>
                    <ChoiceSetting
                      path={[...path, 'requiresConsent']}
                      label="Only leads who ticked"
                      choices={[
                        { value: '', label: 'Any lead' },
                        ...consents().map((c) => ({ value: c.name, label: c.label })),
                      ]}
                    />
                  </Show>
                </div>
                <button
                  type="button"
                  class="st-icon"
                  onClick={() => {
                    const left = webhooks().filter((_, i) => i !== index());
                    draft.set(['webhooks'], left.length > 0 ? left : undefined);
                  }}
                >
                  <span aria-hidden="true">×</span>
                  <span class="ad-sr">Remove the webhook “{hook.id}”</span>
                </button>
                <ProblemText path={path} />
                <ProblemText path={[...path, 'url']} />
              </li>
            );
          }}
        </For>
      </ol>
      <button
        type="button"
        class="ad-quiet st-small-button"
        onClick={() => {
          const taken = new Set(webhooks().map((w) => w.id));
          let id = 'crm';
          for (let n = 2; taken.has(id); n++) id = `crm-${n}`;
          draft.set(['webhooks'], [...webhooks(), { id, url: '', format: 'standard', events: ['lead.created'] }]);
        }}
      >
        Add a webhook
      </button>
      <ProblemText path={['webhooks']} />
    </section>
  );
}
