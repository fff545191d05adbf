import { Suspense } from 'solid-js';
import { createComponent, hydrate } from 'solid-js/web';

type Props = Record<string, unknown>;

/**
 * Hydrates a Solid island, in place of @astrojs/solid-js's client renderer (astro.config.mjs
 * points its import here). That one wraps props in a Solid store so Astro can send new props
 * later, which only view transitions and dev reloads do; Formwell's islands get their props
 * once, and the store was 2.2 KB gzip of every form's first touch. The Suspense wrapper stays:
 * the server renders one, and hydration keys follow the component tree.
 */
export default (element: HTMLElement) =>
  (Component: (props: Props) => unknown, props: Props, _slotted: unknown, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr') || client === 'only') return;
    const dispose = hydrate(
      () =>
        createComponent(Suspense, {
          get children() {
            return createComponent(Component as never, props);
          },
        }),
      element,
      { renderId: element.dataset.solidRenderId ?? '' },
    );
    element.addEventListener('astro:unmount', () => dispose(), { once: true });
  };
