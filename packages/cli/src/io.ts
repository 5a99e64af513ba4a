import { readFile } from 'node:fs/promises';
import type { CheckOptions, CheckReport, FixOptions, FixReport } from '@thethuc/core';

/** Anything with `write(string)`: `process.stdout`, a test buffer … */
export interface Writer {
  write(chunk: string): unknown;
}

/** The engine's entry point, `check` of `@thethuc/core` unless a test injects another. */
export type CheckFn = (input: Uint8Array | string, options?: CheckOptions) => CheckReport;

/** The fixer, `fixDocx` of `@thethuc/core` unless a test injects another. */
export type FixFn = (input: Uint8Array, options?: FixOptions) => FixReport;

/**
 * Everything the CLI touches outside itself, so tests run `main` in-process.
 * Files are still found and read through `node:fs` (tests use a temp dir); `readFile` can be overridden to
 * simulate a file that cannot be read.
 */
export interface Io {
  stdout: Writer;
  stderr: Writer;
  /** Directory that relative paths and globs resolve against, and that reported paths are relative to. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal: colours are on unless `NO_COLOR` / `--no-color`. */
  isTTY: boolean;
  /** Engine override; default `check` from `@thethuc/core`. */
  check?: CheckFn;
  /** Fixer override; default `fixDocx` from `@thethuc/core`. */
  fix?: FixFn;
  /** Reads a file (absolute path); default `fs.promises.readFile`. */
  readFile?: (absolutePath: string) => Promise<Uint8Array>;
}

/** The real process. Getters, so a `process.chdir` after import is still honoured. */
export const nodeIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  get cwd() {
    return process.cwd();
  },
  get env() {
    return process.env;
  },
  get isTTY() {
    return Boolean(process.stdout.isTTY);
  },
  readFile: (absolutePath) => readFile(absolutePath),
};
