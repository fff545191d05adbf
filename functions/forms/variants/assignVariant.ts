import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { pickVariant } from '../../../src/engine/variants/pickVariant';
import { cookieValue } from '../../http/cookieValue';
import type { Shown } from './shownVariant';
import type { TestState } from './testState';

/** How long a visitor keeps their variant: longer than any sensible test. */
const STICKY_DAYS = 90;

/** The first-party cookie that keeps a visitor on one variant of one form's test. */
export function variantCookieName(slug: string): string {
  return `fw_ab_${slug}`;
}

/**
 * The variant a visitor opening the form's page sees: the one their cookie names for this test,
 * else one drawn by the variants' weights (crypto-random), with the Set-Cookie that keeps them on
 * it. After the owner ended the test, the winner, without a cookie and outside the test.
 */
export function assignVariant(
  request: Request,
  form: FormDefinition,
  state: TestState,
  random: () => number = cryptoRandom,
): (Shown & { cookie?: string }) | undefined {
  const variants = form.variants;
  if (!variants) return undefined;
  if (state.ended) return { id: state.ended.winner, inTest: false };
  const [testId, kept] = (cookieValue(request, variantCookieName(form.slug)) ?? '').split('.');
  if (kept && testId === state.testId && variants.some((variant) => variant.id === kept)) {
    return { id: kept, inTest: true };
  }
  const picked = pickVariant(variants, random());
  if (!picked) return undefined;
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  const cookie = `${variantCookieName(form.slug)}=${state.testId}.${picked.id}; Path=/; Max-Age=${STICKY_DAYS * 86_400}; SameSite=Lax; HttpOnly${secure}`;
  return { id: picked.id, inTest: true, cookie };
}

function cryptoRandom(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value / 2 ** 32;
}
