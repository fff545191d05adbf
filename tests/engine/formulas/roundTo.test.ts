import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/engine/formulas/roundTo';

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1234.5678, -2, 1200],
    [1.5e-7, 7, 2e-7],
    [1e21, 2, 1e21],
    [1e300, 15, 1e300],
  ])('rounds %d to %d digits as %d', (value, digits, expected) => {
    expect(roundTo(value, digits)).toBe(expected);
  });
});
