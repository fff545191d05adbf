import type { ViewContext } from '../functions/http/renderView';
import type { ViewName, Views } from '../functions/http/views';

/**
 * The props the Worker's action handed this view (functions/http/renderView.ts). A view page is
 * rendered only that way: asked for directly it has nothing to show, and the Worker never lets it be.
 */
export function viewOf<K extends ViewName>(locals: App.Locals, name: K): Views[K] {
  const view = (locals as { cfContext?: ViewContext }).cfContext?.view;
  if (view?.name !== name) throw new Error(`The view "${name}" is rendered by the Worker's actions only.`);
  return view.props as Views[K];
}
