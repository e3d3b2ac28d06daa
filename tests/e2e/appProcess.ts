import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** November 22, 2026: the demo plan is FY2026 Q4, October is over, November is in progress. */
export const E2E_TODAY = '2026-11-22';

const WEB_ENTRY = join(import.meta.dirname, '..', '..', 'dist', 'electron', 'web.cjs');

/** The real browser-mode server (the built bundle), on its own port and database file. */
export class AppProcess {
  private child: ChildProcess | null = null;
  url = '';
  output = '';

  constructor(
    readonly dbPath: string,
    private readonly demo = true,
    /** Tests run "as of" a fixed day so the demo quarter, pacing and statuses never depend on the calendar. */
    private readonly asOf: string = E2E_TODAY,
  ) {}

  async start(): Promise<string> {
    this.output = '';
    const args = [WEB_ENTRY, '--port', '0', '--db', this.dbPath, '--as-of', this.asOf, ...(this.demo ? [] : ['--no-demo'])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${this.output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(this.output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (c: Buffer) => (this.output += c.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}):\n${this.output}`));
      });
    });
    return this.url;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }

  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }
}
