// Starts the real server (TypeScript sources through tsx) as a child process for process-level
// tests: graceful shutdown, several app processes sharing one database.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  output: { text: string; exited: boolean };
  exited: Promise<number | null>;
  waitForLine(pattern: RegExp, ms: number): Promise<void>;
  stop(): Promise<number | null>;
}

export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'consilium-process-')),
      SEED_DEMO: 'never',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
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
  await waitForLine(/Consilium is ready/, 60_000);
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output,
    exited,
    waitForLine,
    stop() {
      if (!output.exited) child.kill('SIGTERM');
      return exited;
    },
  };
}
