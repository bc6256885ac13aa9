/**
 * The streams a command talks to (injected, so tests run commands in-process), a writer
 * that respects backpressure and turns EPIPE into a quiet stop, and the TTY-only progress
 * display.
 */
import type { Readable, Writable } from 'node:stream';

/**
 * The streams of one CLI run.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
 * ```
 */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Show the progress display on stderr. Default: `stderr.isTTY`. */
  progress?: boolean;
}

/**
 * Thrown by `Output.write` once the reader of stdout has gone (EPIPE, e.g. `| head`):
 * commands stop, and the run exits quietly.
 *
 * @example
 * ```ts
 * try { await out.write('x\n'); } catch (e) { if (e instanceof BrokenPipe) return 0; throw e; }
 * ```
 */
export class BrokenPipe extends Error {
  override name = 'BrokenPipe';
}

/**
 * Thrown for a usage error (exit 2) or a data error (exit 1) with a message for stderr.
 *
 * @example
 * ```ts
 * throw new CliError('warta eval: --types: unknown type "FOO"', 2);
 * ```
 */
export class CliError extends Error {
  override name = 'CliError';
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
  }
}

/**
 * A stdout writer: `write` resolves when the stream can take more (waits for `drain`), and
 * rejects with `BrokenPipe` once the stream reported EPIPE or was destroyed.
 *
 * @example
 * ```ts
 * const out = new Output(process.stdout);
 * await out.write('{"id":1}\n');
 * ```
 */
export class Output {
  private failure: Error | undefined;
  private readonly onError = (error: NodeJS.ErrnoException): void => {
    this.failure ??= error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' ? new BrokenPipe('stdout closed') : error;
  };

  constructor(private readonly stream: Writable) {
    stream.on('error', this.onError);
  }

  /** True once the reader has gone. */
  get broken(): boolean {
    return this.failure instanceof BrokenPipe || this.stream.destroyed;
  }

  /** Writes `chunk`, waiting for `drain` when the stream's buffer is full. */
  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.destroyed || this.stream.writableEnded) throw new BrokenPipe('stdout closed');
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
    if (this.failure) throw this.failure;
  }

  /** Stops listening for errors (call when the command is done). */
  release(): void {
    // Keep a no-op listener: a late EPIPE must not crash the process.
    this.stream.off('error', this.onError);
    this.stream.on('error', () => {});
  }
}

/**
 * Messages and the progress display on stderr. The progress line (`\r1200 records…`) is
 * drawn at most every 100 ms, only when enabled (stderr is a TTY by default: never in CI
 * logs or redirected output), and is cleared before each message and at the end.
 *
 * @example
 * ```ts
 * const status = new Status(process.stderr, process.stderr.isTTY === true);
 * status.tick('records'); status.message('warta annotate: line 3: not JSON'); status.done();
 * ```
 */
export class Status {
  private count = 0;
  private last = 0;
  private drawn = false;

  constructor(private readonly stream: Writable, private readonly enabled: boolean) {}

  /** Counts one item and redraws the progress line when due. */
  tick(unit: string): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r${this.count} ${unit}…`);
    this.drawn = true;
  }

  /** Writes a line to stderr (clearing the progress line first). */
  message(line: string): void {
    this.clear();
    this.stream.write(`${line}\n`);
  }

  /** Clears the progress line. */
  done(): void {
    this.clear();
  }

  private clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

/**
 * Reads a whole stream as UTF-8 text.
 *
 * @example
 * ```ts
 * const text = await readAll(process.stdin);
 * ```
 */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
