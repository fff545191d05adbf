import { render } from 'solid-js/web';
import type { StudioState } from '../../functions/admin/studio/studioState';
import { Studio } from './Studio';

// The studio page (src/pages/internal/admin/studio.astro) carries the form's state in data attributes:
// no inline script, so the admin's Content-Security-Policy stays without 'unsafe-inline'.
const root = document.getElementById('studio');
if (root?.dataset.state) {
  const initial = JSON.parse(root.dataset.state) as StudioState;
  const csrfToken = root.dataset.csrf ?? '';
  root.replaceChildren();
  render(() => <Studio initial={initial} csrfToken={csrfToken} />, root);
}
