import { For, type JSX, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { WEEKDAYS } from '../engine/reply/followUpSchema';
import { TIERS } from '../engine/scoring/scoringSchema';
import { ChoiceSetting, NumberSetting, ProblemText, TextSetting } from './controls';
import type { Path } from './draftStore';
import { useStudio } from './studioContext';

const TIER_HELP: Record<(typeof TIERS)[number], string> = {
  hot: 'Hot leads: e.g. a booking link, so they pick a time now.',
  warm: 'Warm leads: e.g. a guide or a case study.',
  cold: 'Cold leads: e.g. the newsletter.',
};

/**
 * What each lead gets at once: the reply email (words, placeholders, consent, an event), a file to
 * download, and a next step per tier on the thank-you page and in the reply.
 */
export function ReplyEditor() {
  const { draft, announce } = useStudio();
  const form = () => draft.draft as FormInput;
  const reply = () => form().reply;
  const consents = () => form().fields.filter((f) => f.kind === 'consent');
  const words = () => {
    const names = [
      ...form()
        .fields.filter((f) => f.kind !== 'consent')
        .map((f) => f.name),
      ...(form().calculations ?? []).map((c) => c.name),
      'form',
    ];
    if ((form().calculations?.length ?? 0) > 0) names.push('figures');
    if (form().quiz) names.push('outcome');
    if (form().download) names.push('download');
    if (reply()?.event) names.push('join');
    if (form().thankYou.next) names.push('next');
    return names.map((name) => `{${name}}`).join(' ');
  };
  return (
    <section class="st-section" aria-labelledby="st-reply">
      <h2 id="st-reply">Reply to each lead</h2>
      <p class="st-help">
        An email every new lead gets within seconds, in the form’s language. Spam and held leads never get one, and
        nobody gets it twice. It is sent once REPLY_FROM (or OWNER_EMAIL_FROM) is set for the Worker.
      </p>
      <Show
        when={reply()}
        fallback={
          <AddButton
            onClick={() => {
              draft.set(['reply'], {
                subject: 'Thank you: {form}',
                body: 'Hello,\n\nthank you for getting in touch. We have your request and will reply within one working day.',
              });
              announce('Added a reply: write its words.');
            }}
          >
            Send each lead a reply
          </AddButton>
        }
      >
        <div class="st-grid">
          <TextSetting path={['reply', 'subject']} label="Subject" keepEmpty class="st-wide" />
          <TextSetting
            path={['reply', 'body']}
            label="Text"
            keepEmpty
            multiline
            class="st-wide"
            help={`Put answers and figures in with their names in braces: ${words()}`}
          />
          <ChoiceSetting
            path={['reply', 'consentField']}
            label="Send only to leads who ticked"
            choices={[
              { value: '', label: 'Always send it (it answers their request)' },
              ...consents().map((f) => ({ value: f.name, label: f.label })),
            ]}
          />
        </div>
        <Show when={form().quiz}>
          <h3>A paragraph per quiz outcome</h3>
          <For each={form().quiz?.outcomes ?? []}>
            {(outcome) => (
              <TextSetting path={['reply', 'outcomes', outcome.id]} label={`For “${outcome.title}”`} multiline />
            )}
          </For>
        </Show>
        <h3>An event</h3>
        <Show
          when={reply()?.event}
          fallback={
            <AddButton
              onClick={() =>
                draft.set(['reply', 'event'], {
                  title: form().title,
                  start: nextWeekAtFour(),
                  minutes: 60,
                  joinUrl: 'https://',
                })
              }
            >
              Invite to an event (a joining link and a calendar file)
            </AddButton>
          }
        >
          <div class="st-grid">
            <TextSetting path={['reply', 'event', 'title']} label="Event" keepEmpty />
            <TextSetting
              path={['reply', 'event', 'start']}
              label="Starts (UTC)"
              keepEmpty
              spellcheck={false}
              help="Like 2026-12-10T16:00:00Z."
            />
            <NumberSetting path={['reply', 'event', 'minutes']} label="Minutes" min={5} keepEmpty />
            <TextSetting path={['reply', 'event', 'joinUrl']} label="Joining link" type="url" keepEmpty />
          </div>
          <RemoveButton path={['reply', 'event']}>Remove the event</RemoveButton>
        </Show>
        <RemoveButton path={['reply']}>Send no reply</RemoveButton>
      </Show>

      <h3>A file to download</h3>
      <p class="st-help">
        A PDF made from your text. Only people who sent the form get its link, on the thank-you page and as{' '}
        <code>{'{download}'}</code> in the reply; the link works for the days you choose.
      </p>
      <Show
        when={form().download}
        fallback={
          <AddButton
            onClick={() =>
              draft.set(['download'], {
                filename: 'guide.pdf',
                label: 'Download the guide (PDF)',
                title: form().title,
                text: '# First heading\n\nA paragraph of the guide.',
              })
            }
          >
            Give away a file
          </AddButton>
        }
      >
        <div class="st-grid">
          <TextSetting path={['download', 'label']} label="Link text" keepEmpty />
          <TextSetting path={['download', 'filename']} label="File name" keepEmpty spellcheck={false} />
          <TextSetting path={['download', 'title']} label="Title in the document" keepEmpty class="st-wide" />
          <TextSetting
            path={['download', 'text']}
            label="Text of the document"
            keepEmpty
            multiline
            class="st-wide"
            help="A blank line starts a paragraph; a line starting with # and a space is a heading."
          />
          <NumberSetting path={['download', 'days']} label="Link works for (days)" min={1} />
        </div>
        <RemoveButton path={['download']}>Remove the file</RemoveButton>
      </Show>

      <h3>Next step by lead tier</h3>
      <Show
        when={form().scoring}
        fallback={
          <p class="st-help">Score leads (under Results) to offer hot, warm and cold leads their own next step.</p>
        }
      >
        <p class="st-help">
          Shown on the thank-you page and in the reply; visitors never see their tier. A link may hold answers, e.g.
          https://cal.com/you/call?name={'{name}'}&amp;email={'{email}'}.
        </p>
        <For each={TIERS}>
          {(tier) => {
            const path = ['thankYou', 'next', tier] as const;
            return (
              <Show
                when={form().thankYou.next?.[tier]}
                fallback={
                  <AddButton onClick={() => draft.set([...path], { text: '', label: 'Book a call', href: 'https://' })}>
                    {`Add a step for ${tier} leads`}
                  </AddButton>
                }
              >
                <fieldset class="st-setting st-card" data-path={path.join('.')}>
                  <legend>{`${tier[0]?.toUpperCase()}${tier.slice(1)} leads`}</legend>
                  <p class="st-help">{TIER_HELP[tier]}</p>
                  <div class="st-grid">
                    <TextSetting path={[...path, 'text']} label="What it is" keepEmpty class="st-wide" />
                    <TextSetting path={[...path, 'label']} label="Link text" keepEmpty />
                    <TextSetting path={[...path, 'href']} label="Link" type="url" keepEmpty spellcheck={false} />
                  </div>
                  <RemoveButton path={[...path]}>{`Remove the ${tier} step`}</RemoveButton>
                </fieldset>
              </Show>
            );
          }}
        </For>
        <ProblemText path={['thankYou', 'next']} />
        <h3>Reminders of hot leads</h3>
        <div class="st-grid">
          <NumberSetting
            path={['followUp', 'hotAfterMinutes']}
            label="Remind me after (minutes)"
            min={0}
            help="A hot lead still “new” after this long is sent to you again, once. 15 when empty; 0 sends none."
          />
          <TextSetting
            path={['followUp', 'hours', 'timeZone']}
            label="Your time zone"
            spellcheck={false}
            placeholder="Europe/London"
            help="With business hours below, reminders wait for them. Empty: any time."
            onText={(zone) => {
              if (zone && !form().followUp?.hours?.days)
                draft.edit((f) => {
                  f.followUp = {
                    ...f.followUp,
                    hours: { timeZone: zone, days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' },
                  };
                });
              if (!zone) draft.set(['followUp', 'hours'], undefined);
            }}
          />
        </div>
        <Show when={form().followUp?.hours}>
          <fieldset class="st-setting" data-path="followUp.hours.days">
            <legend>Business days</legend>
            <div class="st-row">
              <For each={WEEKDAYS}>
                {(day) => (
                  <label class="st-inline">
                    <input
                      type="checkbox"
                      checked={form().followUp?.hours?.days?.includes(day) ?? false}
                      onChange={(e) => {
                        const days = form().followUp?.hours?.days ?? [];
                        const next = e.currentTarget.checked ? [...days, day] : days.filter((d) => d !== day);
                        draft.set(
                          ['followUp', 'hours', 'days'],
                          WEEKDAYS.filter((d) => next.includes(d)),
                        );
                      }}
                    />{' '}
                    {day[0]?.toUpperCase()}
                    {day.slice(1)}
                  </label>
                )}
              </For>
            </div>
            <ProblemText path={['followUp', 'hours', 'days']} />
          </fieldset>
          <div class="st-grid">
            <TextSetting path={['followUp', 'hours', 'from']} label="From" keepEmpty type="text" placeholder="09:00" />
            <TextSetting path={['followUp', 'hours', 'to']} label="Until" keepEmpty type="text" placeholder="17:00" />
          </div>
        </Show>
      </Show>
      <ProblemText path={['reply']} />
    </section>
  );
}

function AddButton(props: { onClick: () => void; children: JSX.Element }) {
  return (
    <button type="button" class="ad-quiet st-small-button" onClick={props.onClick}>
      {props.children}
    </button>
  );
}

/** Takes a part out of the form; an emptied `thankYou.next` goes with its last step. */
function RemoveButton(props: { path: Path; children: JSX.Element }) {
  const { draft } = useStudio();
  return (
    <button
      type="button"
      class="ad-quiet st-small-button"
      onClick={() => {
        draft.set(props.path, undefined);
        const next = (draft.draft as FormInput).thankYou.next;
        if (next && Object.values(next).every((step) => step === undefined)) draft.set(['thankYou', 'next'], undefined);
      }}
    >
      {props.children}
    </button>
  );
}

/** A start a week from now at 16:00 UTC, as the event's starting suggestion. */
function nextWeekAtFour(): string {
  const day = new Date(Date.now() + 7 * 86_400_000);
  day.setUTCHours(16, 0, 0, 0);
  return day.toISOString().replace('.000Z', 'Z');
}
