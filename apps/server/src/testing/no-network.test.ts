// The network guard itself: a test that tries to leave the machine fails at once.
import net from 'node:net';
import { describe, expect, it } from 'vitest';

describe('the test network guard', () => {
  it('refuses connections to other hosts and allows loopback', () => {
    expect(() => net.connect(80, '192.0.2.10')).toThrow(/must not reach the network/);
    const local = net.connect(9, '127.0.0.1');
    local.on('error', () => undefined);
    local.destroy();
  });
});
