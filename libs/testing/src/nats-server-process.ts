import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The nats-server the set-up installed (built from the Go proxy, or Debian's). */
export function natsServerBinary(): string {
  const candidates = [process.env.NATS_SERVER_BIN, resolve(process.cwd(), '.data/bin/nats-server')];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const which = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error('nats-server not found: run deploy/local/test.sh (it installs one)');
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

/** A private JetStream server on 127.0.0.1 that a test can kill and start again on the same store. */
export class NatsServerProcess {
  private proc: ChildProcess | undefined;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'rr-nats-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<NatsServerProcess> {
    const s = new NatsServerProcess(await freePort());
    await s.start();
    return s;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.proc = spawn(
      natsServerBinary(),
      ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error('nats-server did not start')), 10_000);
      let buf = '';
      this.proc!.stderr!.on('data', (d: Buffer) => {
        buf += d.toString();
        if (buf.includes('Server is ready')) {
          clearTimeout(timer);
          res();
        }
      });
      this.proc!.on('exit', (code) => rej(new Error(`nats-server exited ${code}: ${buf.slice(-500)}`)));
    });
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((res) => {
      p.once('exit', () => res());
      p.kill(signal);
    });
  }
}
