import { type Accessor, createContext, useContext } from 'solid-js';
import type { Problem } from '../engine/definition/problem';
import type { Draft, Path } from './draftStore';

export interface Studio {
  draft: Draft;
  /** The draft's problems as checkForm finds them, kept current as the owner types. */
  problems: Accessor<Problem[]>;
  /** Says something to screen-reader users (a question moved, the draft saved). */
  announce: (text: string) => void;
}

export const StudioContext = createContext<Studio>();

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('studio components must be inside the studio');
  return studio;
}

const same = (a: Path, b: Path) => a.length === b.length && a.every((key, i) => String(key) === String(b[i]));

/** The problems found exactly at a setting. */
export function problemsAt(problems: Problem[], path: Path): Problem[] {
  return problems.filter((problem) => same(problem.path, path));
}
