/**
 * Bounds on a formula's size. They keep compiling and evaluating cheap on every keystroke
 * and keep recursion far from the engine's stack limit.
 */
export const FORMULA_LIMITS = {
  characters: 1000,
  tokens: 500,
  /** Parentheses, function calls, unary minus and the right side of `^`, each one level. */
  depth: 64,
} as const;
