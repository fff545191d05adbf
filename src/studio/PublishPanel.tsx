import { For, Show } from 'solid-js';
import { CSRF_FIELD } from '../../functions/admin/auth/csrfField';
import type { StudioState } from '../../functions/admin/studio/studioState';

/**
 * Publishing and its history: what visitors get now, the button that makes the draft the next
 * version (off while it has problems), every version with who and when, compared with the draft or
 * rolled back to, and the form as files for the repository.
 */
export function PublishPanel(props: {
  state: StudioState;
  csrfToken: string;
  problemCount: number;
  unchanged: boolean;
  publishing: boolean;
  onPublish: () => void;
}) {
  const slug = () => encodeURIComponent(props.state.slug);
  const when = (iso: string | Date) =>
    new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="st-section" aria-labelledby="st-publish">
      <h2 id="st-publish">Publish</h2>
      <p>
        <Show
          when={props.state.published}
          fallback={<>Not published yet: only you can see this form, in the preview.</>}
        >
          {(published) => (
            <>
              Visitors get version {published().number} at{' '}
              <a href={`/f/${slug()}/`} target="_blank" rel="noopener">
                /f/{props.state.slug}/
              </a>
              .
            </>
          )}
        </Show>
      </p>
      <Show when={props.state.archived}>
        <p class="ad-alert">This form is archived: restore it from the list of forms to publish it again.</p>
      </Show>
      <div class="st-row">
        <button
          type="button"
          class="st-publish"
          disabled={props.problemCount > 0 || props.unchanged || props.publishing || props.state.archived}
          aria-describedby="st-publish-why"
          onClick={() => props.onPublish()}
        >
          {props.publishing ? 'Publishing…' : props.state.published ? 'Publish the changes' : 'Publish'}
        </button>
        <span id="st-publish-why" class="st-help">
          {props.problemCount > 0
            ? `Fix ${props.problemCount === 1 ? 'the problem' : `the ${props.problemCount} problems`} above to publish.`
            : props.unchanged
              ? 'Nothing to publish: visitors get this draft already.'
              : 'Visitors who have started keep the version they started on.'}
        </span>
      </div>
      <h3>Versions</h3>
      <Show when={props.state.versions.length > 0} fallback={<p class="st-help">No versions yet.</p>}>
        <ol class="st-versions" reversed>
          <For each={props.state.versions}>
            {(version) => (
              <li>
                <b>Version {version.number}</b>
                <Show when={version.number === props.state.published?.number}>
                  {' '}
                  <span class="st-tag">Live</span>
                </Show>
                <span class="st-help">
                  {' '}
                  · {when(version.publishedAt)} · by {version.publishedBy}
                  {version.note ? ` · ${version.note}` : ''}
                </span>
                <div class="st-row">
                  <a href={`/admin/forms/${slug()}/versions/${version.number}/`}>
                    Compare with the draft<span class="ad-sr"> (version {version.number})</span>
                  </a>
                  <Show when={version.number !== props.state.published?.number && !props.state.archived}>
                    <form method="post" action={`/admin/forms/${slug()}/versions/${version.number}/rollback`}>
                      <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
                      <button type="submit" class="ad-quiet st-small-button">
                        Roll back to version {version.number}
                      </button>
                    </form>
                  </Show>
                </div>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <h3>As files</h3>
      <p class="st-help">
        Keep the form in your code: the TypeScript file goes in templates/ (list it in templates/index.ts); the JSON
        imports into any Formwell.
      </p>
      <div class="st-row">
        <a class="ad-button ad-quiet" href={`/admin/forms/${slug()}/export.ts`} download="">
          Download {props.state.slug}.ts
        </a>
        <a class="ad-button ad-quiet" href={`/admin/forms/${slug()}/export.json`} download="">
          Download {props.state.slug}.json
        </a>
      </div>
    </section>
  );
}
