// Tests may talk to this machine only: any connection to another host fails loudly.
import net from 'node:net';

const LOCAL_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1', '']);

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  // net.connect() passes its already-normalised arguments as one array.
  if (Array.isArray(first)) return hostOf(first as unknown[]);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    if (options.path !== undefined) return undefined;
    return options.host ?? 'localhost';
  }
  if (typeof first === 'number') return typeof second === 'string' ? second : 'localhost';
  return undefined;
}

const originalConnect = Reflect.get(net.Socket.prototype, 'connect') as (
  this: net.Socket,
  ...args: unknown[]
) => net.Socket;
Reflect.set(
  net.Socket.prototype,
  'connect',
  function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const host = hostOf(args);
    if (host !== undefined && !LOCAL_HOSTS.has(host) && !host.startsWith('127.'))
      throw new Error(`Tests must not reach the network: connection to ${host} refused`);
    return originalConnect.apply(this, args);
  },
);
