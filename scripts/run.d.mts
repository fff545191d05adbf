import type { StdioOptions } from 'node:child_process';
export declare function run(
  command: string,
  args: string[],
  options?: { stdio?: StdioOptions; env?: Record<string, string>; cwd?: string },
): Promise<void>;
