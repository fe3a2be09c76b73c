// Starts `npm run worker`'s entry (TypeScript sources through tsx) as a child process, for tests
// of worker processes beside HTTP processes that run no jobs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerProcess {
  output: { text: string; exited: boolean };
  waitForLine(pattern: RegExp, ms: number): Promise<void>;
  /** Sends SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', 'src/worker.ts'],
    { cwd: serverRoot, env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...env } },
  );
  const output = { text: '', exited: false };
  child.stdout.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      output.exited = true;
      resolve(code);
    }),
  );
  const waitForLine = (pattern: RegExp, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const timer = setInterval(() => {
        if (pattern.test(output.text)) {
          clearInterval(timer);
          resolve();
        } else if (output.exited || Date.now() - started > ms) {
          clearInterval(timer);
          reject(new Error(`timed out waiting for ${String(pattern)}; output:\n${output.text}`));
        }
      }, 50);
    });
  await waitForLine(/Consilium worker is running jobs/, 60_000);
  return {
    output,
    waitForLine,
    stop() {
      if (!output.exited) child.kill('SIGTERM');
      return exited;
    },
  };
}
