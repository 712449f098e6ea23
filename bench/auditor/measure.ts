// Runs one contender as a child process and measures it from the outside, the same way for all three:
// wall time from start to exit, and the peak total RSS and PSS of its process tree (node and every Chromium
// child), read from /proc every 100 ms.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const SAMPLE_MS = 100;
/**
 * RSS counts the pages that Chromium's processes share (its code, above all) once in every process, so
 * their sum overstates the memory used; PSS splits shared pages between their sharers. It is slower to
 * read (smaps_rollup walks page tables), so it is read at every fifth sample only.
 */
const PSS_EVERY = 5;

export interface Measurement {
  seconds: number;
  /** The peak of the summed RSS of the tree, in MB. */
  peakRssMb: number;
  /** The peak of the summed PSS of the tree, in MB. */
  peakPssMb: number;
  code: number | null;
  stdout: string;
  /** The end of stderr, for saying why a run failed. */
  stderrTail: string;
}

/** A number field of a /proc file (memory is in kB); 0 when the process is gone or has none (a zombie). */
function procField(path: string, field: string): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(path, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** `rootPid` and all its descendants, from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = procField(`/proc/${name}/status`, 'PPid');
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  for (const queue = [rootPid]; queue.length; ) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

const sumMb = (pids: number[], file: string, field: string) => pids.reduce((sum, pid) => sum + procField(`/proc/${pid}/${file}`, field), 0) / 1024;

/**
 * Runs `command` with a time limit. It gets a process group of its own, so that the whole tree,
 * Chromium included, is killed when the limit passes, when `signal` aborts, and after it exits
 * (a browser left behind by a crashed run must not eat the next contender's memory).
 */
export async function measure(command: string, args: string[], { timeoutMs, signal }: { timeoutMs: number; signal: AbortSignal }): Promise<Measurement> {
  signal.throwIfAborted();
  const started = performance.now();
  const child = spawn(command, args, { cwd: import.meta.dirname, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid!;
  const killTree = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // nothing left in the group
    }
  };
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  let [peakRssMb, peakPssMb, samples] = [0, 0, 0];
  const sampler = setInterval(() => {
    const tree = processTree(pid);
    peakRssMb = Math.max(peakRssMb, sumMb(tree, 'status', 'VmRSS'));
    if (samples++ % PSS_EVERY === 0) peakPssMb = Math.max(peakPssMb, sumMb(tree, 'smaps_rollup', 'Pss'));
  }, SAMPLE_MS);
  const timer = setTimeout(() => {
    stderr += `\n(killed after ${timeoutMs / 1000} s)`;
    killTree();
  }, timeoutMs);
  signal.addEventListener('abort', killTree, { once: true });
  try {
    const code = await new Promise<number | null>((exited, failed) => child.once('error', failed).once('close', exited));
    signal.throwIfAborted();
    return { seconds: (performance.now() - started) / 1000, peakRssMb, peakPssMb, code, stdout, stderrTail: stderr.trim() };
  } finally {
    clearInterval(sampler);
    clearTimeout(timer);
    signal.removeEventListener('abort', killTree);
    killTree();
  }
}
