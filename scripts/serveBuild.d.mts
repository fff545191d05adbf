import type { ChildProcess } from 'node:child_process';
export declare function serveBuild(options: {
  port: number | string;
  persistTo?: string;
  vars?: Record<string, string>;
  quiet?: boolean;
  detached?: boolean;
}): Promise<ChildProcess>;
