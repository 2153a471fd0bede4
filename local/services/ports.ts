import { createServer } from 'node:net';
import { LocalServiceError } from './local-service-error.js';

/** Resolves when nothing listens on host:port; throws a LocalServiceError naming what the port is for otherwise. */
export async function assertPortFree(port: number, host: string, purpose: string, envVar?: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
        const hint = envVar ? `; stop what uses it or choose another port with ${envVar}` : '';
        reject(new LocalServiceError(`Port ${port} (${purpose}) is already in use or not allowed${hint}.`));
      } else reject(err);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A port the OS reports free on loopback right now (for tests; another process could take it afterwards). */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
