import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port that was free a moment ago on 127.0.0.1 (for a child process that needs a fixed one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface MlProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves when the output contains the text; rejects on exit or after timeoutMs. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

/** Runs the compiled ML app (`<dist>/apps/ml/src/main.js`) from the repo root with extra env. */
export function spawnMl(env: Record<string, string>): MlProcess {
  const main = join(__dirname, '..', 'main.js');
  const child = spawn(process.execPath, [main], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (b: Buffer): void => {
    out += b.toString();
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? -1);
      for (const l of listeners) l();
    }),
  );
  const waitFor = (text: string, timeoutMs = 60_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (out.includes(text)) done(resolve);
        else if (child.exitCode !== null || child.signalCode !== null)
          done(() => reject(new Error(`ml process exited before "${text}":\n${out}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`timed out waiting for "${text}":\n${out}`))),
        timeoutMs,
      );
      const done = (fn: () => void): void => {
        clearTimeout(timer);
        listeners.delete(check);
        fn();
      };
      listeners.add(check);
      check();
    });
  return { child, output: () => out, waitFor, exited };
}
