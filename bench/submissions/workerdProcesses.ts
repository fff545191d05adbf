import { readdirSync, readFileSync } from 'node:fs';

export interface WorkerdProcess {
  pid: number;
  /**
   * True for the workerd that runs Formwell's Worker and the local D1 (wrangler starts it with
   * an inspector port); false for wrangler's proxy in front of it, which a deployment does not have.
   */
  runsWorker: boolean;
}

/**
 * The workerd processes of the `wrangler dev` serving `persistDir`: found through /proc as the
 * descendants of the wrangler process whose command line names that directory.
 */
export function workerdProcesses(persistDir: string): WorkerdProcess[] {
  const processes = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
        // Field 4 (ppid) comes after the parenthesised name, which may itself contain spaces.
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return [{ pid: Number(name), parent, command }];
      } catch {
        return []; // The process ended while we looked; it cannot be one we need.
      }
    });
  const roots = processes.filter(
    (each) => each.command.includes(persistDir) && each.command.some((part) => part.includes('wrangler')),
  );
  if (roots.length === 0) throw new Error(`no wrangler process serves ${persistDir}`);
  const family = new Set(roots.map((root) => root.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const each of processes) {
      if (family.has(each.parent) && !family.has(each.pid)) {
        family.add(each.pid);
        grew = true;
      }
    }
  }
  const workerds = processes.filter((each) => family.has(each.pid) && each.command[0]?.endsWith('/workerd'));
  if (workerds.length === 0) throw new Error(`the wrangler process serving ${persistDir} has no workerd child`);
  return workerds.map((each) => ({
    pid: each.pid,
    runsWorker: each.command.some((part) => part.startsWith('--inspector-addr')),
  }));
}
