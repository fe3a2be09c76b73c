// Graceful shutdown of the real process: a request in flight when SIGTERM arrives still completes.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from './testing/server-process.js';

describe('graceful shutdown', () => {
  it('finishes a request in flight, then closes the database and exits 0', async () => {
    const server = await startServerProcess();

    // Start a request whose body is still arriving, then ask the server to stop.
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const body = JSON.stringify({ email: 'slow@example.org', password: 'x' });
    socket.write(
      `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const socketClosed = new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await server.waitForLine(/shutting down/, 10_000);
    socket.write(body.slice(10));
    await socketClosed;

    expect(answer).toMatch(/^HTTP\/1\.1 401/);
    expect(await server.exited).toBe(0);
    expect(server.output.text).toContain('"msg":"stopped"');
  }, 90_000);
});
