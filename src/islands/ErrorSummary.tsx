import { For, Show } from 'solid-js';
import { fieldIds } from '../engine/definition/fieldIds';
import type { Field } from '../engine/fields/fieldKinds';
import type { Messages } from '../engine/i18n/messages';
import type { FieldErrors } from '../engine/validation/types';

/** The list of answers to fix, each linking to its field; announced as an alert. */
export function ErrorSummary(props: { fields: Field[]; errors: FieldErrors; msg: Messages }) {
  const wrong = () => props.fields.filter((field) => props.errors[field.name]);
  return (
    <Show when={wrong().length > 0}>
      {/* A page that arrives with errors (a post without JavaScript) starts on this list. */}
      <div class="fw-summary" role="alert" tabindex="-1" autofocus>
        <p>{props.msg.summary(wrong().length)}</p>
        <ul>
          <For each={wrong()}>
            {(field) => (
              <li>
                <a href={`#${fieldIds(field.name).input}`}>{field.label}</a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
