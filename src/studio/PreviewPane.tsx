import { createSignal } from 'solid-js';

/**
 * The draft as visitors will get it, in a frame: the published pages' own components, with or without
 * JavaScript (a sandbox without scripts is a browser without JavaScript), in a phone's width or the
 * pane's. It reloads after each save; what is typed into it is never stored.
 */
export function PreviewPane(props: { slug: string; revision: number }) {
  const [scripts, setScripts] = createSignal(true);
  const [phone, setPhone] = createSignal(true);
  const src = () =>
    `/admin/forms/${encodeURIComponent(props.slug)}/preview/?r=${props.revision}${scripts() ? '' : '&nojs=1'}`;
  return (
    <div class="st-preview">
      <fieldset class="st-preview-bar">
        <legend class="ad-sr">Preview</legend>
        <button
          type="button"
          class="st-toggle"
          aria-pressed={scripts() ? 'false' : 'true'}
          onClick={() => setScripts((on) => !on)}
        >
          Without JavaScript
        </button>
        <button
          type="button"
          class="st-toggle st-phone-width"
          aria-pressed={phone() ? 'true' : 'false'}
          onClick={() => setPhone((on) => !on)}
        >
          Phone width
        </button>
        <a class="st-small" href={src()} target="_blank" rel="noopener">
          Open in a tab
        </a>
      </fieldset>
      <p class="st-help">Answers typed into the preview are checked like a visitor’s and never stored.</p>
      <div class={phone() ? 'st-frame st-frame-phone' : 'st-frame'}>
        {/* A new element per mode: a frame's sandbox applies from its next load; without scripts it is a browser without JavaScript. */}
        {scripts() ? (
          <iframe title="Preview of the form" src={src()} />
        ) : (
          <iframe title="Preview of the form without JavaScript" src={src()} sandbox="allow-forms allow-same-origin" />
        )}
      </div>
    </div>
  );
}
