import type { Messages } from '../i18n/messages';
import type { Reading } from './kindRules';

/** Whether `value` lies on the grid of `step` counted from `origin` (no step: any value does). */
function onStep(value: number, origin: number, step: number | undefined): boolean {
  if (step === undefined) return true;
  const steps = (value - origin) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/**
 * A number typed or sent as text ("3,5" reads as 3.5), checked against bounds and step; shared by
 * number and range fields, whose rules are the same.
 */
export function readNumber(
  text: string,
  bounds: { min?: number | undefined; max?: number | undefined; step?: number | undefined },
  msg: Messages,
): Reading {
  const n = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(n)) return { ok: false, message: msg.number };
  if (bounds.min !== undefined && n < bounds.min) return { ok: false, message: msg.atLeast(bounds.min) };
  if (bounds.max !== undefined && n > bounds.max) return { ok: false, message: msg.atMost(bounds.max) };
  if (!onStep(n, bounds.min ?? 0, bounds.step)) return { ok: false, message: msg.step(bounds.step ?? 1) };
  return { ok: true, value: n };
}
