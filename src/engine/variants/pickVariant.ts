import type { Variant } from './variantSchema';

/** The variant a share `r` in [0, 1) of new visitors falls into, by the variants' weights in order. */
export function pickVariant(variants: readonly Variant[], r: number): Variant | undefined {
  const total = variants.reduce((sum, variant) => sum + variant.weight, 0);
  let edge = 0;
  for (const variant of variants) {
    edge += variant.weight / total;
    if (r < edge) return variant;
  }
  return variants.at(-1);
}
