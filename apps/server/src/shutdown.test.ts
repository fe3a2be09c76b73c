// Graceful shutdown of the real process: a request in flight when SIGTERM arrives still completes.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testDatabaseKind } from './testing/test-database.js';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
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

function waitForLine(
  output: { text: string; exited: boolean },
  pattern: RegExp,
  ms: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
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
}

describe('graceful shutdown', () => {
  it.runIf(testDatabaseKind() === 'pglite')(
    'finishes a request in flight, then closes the database and exits 0',
    async () => {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--conditions=source', 'src/main.ts'],
        {
          cwd: serverRoot,
          env: {
            PATH: process.env.PATH,
            PORT: String(port),
            HOST: '127.0.0.1',
            DATA_DIR: mkdtempSync(path.join(tmpdir(), 'consilium-shutdown-')),
            SEED_DEMO: 'never',
            LOG_LEVEL: 'info',
          },
        },
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
      await waitForLine(output, /Consilium is ready/, 60_000);

      // Start a request whose body is still arriving, then ask the server to stop.
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      const body = JSON.stringify({ email: 'slow@example.org', password: 'x' });
      socket.write(
        `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
      );
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      const socketClosed = new Promise((resolve) => socket.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 200));
      child.kill('SIGTERM');
      await waitForLine(output, /shutting down/, 10_000);
      socket.write(body.slice(10));
      await socketClosed;

      expect(answer).toMatch(/^HTTP\/1\.1 401/);
      expect(await exited).toBe(0);
      expect(output.text).toContain('"msg":"stopped"');
    },
    90_000,
  );
});
