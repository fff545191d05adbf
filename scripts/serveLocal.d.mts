import type { ChildProcess } from 'node:child_process';
export declare function serveLocal(options: {
  port: number | string;
  /** A dotenv file with the Worker's local secrets and settings. */
  devVars: string;
  persistTo?: string;
  build?: boolean;
  quiet?: boolean;
  detached?: boolean;
}): Promise<{ server: ChildProcess; origin: string; settings: string[]; crons: string[]; stop: () => void }>;
