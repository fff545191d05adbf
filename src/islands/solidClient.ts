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
const hydrated = new WeakSet<HTMLElement>();

export default (element: HTMLElement) =>
  (
    Component: (props: Props) => unknown,
    props: Props,
    slotted: Record<string, unknown>,
    { client }: { client: string },
  ) => {
    // What this renderer leaves out, said out loud rather than rendered wrong.
    if (client === 'only' || Object.keys(slotted).length > 0) {
      throw new Error(
        'Formwell islands hydrate server-rendered Solid components without slots (src/islands/solidClient.ts)',
      );
    }
    if (!element.hasAttribute('ssr') || hydrated.has(element)) return;
    hydrated.add(element);
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
