/**
 * LibreOffice round trips for the accuracy harness: .docx → .odt → .docx ("MS Word 2007 XML"), in a
 * temporary folder that is removed afterwards. Needs `soffice` (or SOFFICE=/path/to/soffice).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The soffice executable, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const env = process.env.SOFFICE;
  if (env) return existsSync(env) ? env : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, 'soffice');
    if (dir && existsSync(p)) return p;
  }
  return null;
}

export interface RoundTripResult {
  /** Round-tripped bytes by input name; inputs LibreOffice failed to convert are absent. */
  files: Map<string, Uint8Array>;
  version: string;
  ms: number;
}

/**
 * Convert every input through LibreOffice and back. One soffice process per direction (LibreOffice
 * converts a list of files in one start) with a fresh user profile, so a running LibreOffice or another
 * conversion cannot hold a lock on it.
 */
export function libreOfficeRoundTrip(inputs: ReadonlyMap<string, Uint8Array>, soffice: string, timeoutMs = 900_000): RoundTripResult {
  const t0 = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'thethuc-accuracy-lo-'));
  const [src, odt, out] = ['src', 'odt', 'docx'].map((d) => join(tmp, d)) as [string, string, string];
  for (const d of [src, odt, out]) mkdirSync(d);
  const profile = `file://${join(tmp, 'profile')}`;
  const run = (convertTo: string, files: string[], dir: string) =>
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', convertTo, '--outdir', dir, ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
  try {
    const version = execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--version'], { encoding: 'utf8', timeout: 120_000 }).trim();
    const names = [...inputs.keys()];
    names.forEach((name, i) => writeFileSync(join(src, `${i}.docx`), inputs.get(name)!));
    run('odt', names.map((_, i) => join(src, `${i}.docx`)), odt);
    const odts = names.map((_, i) => join(odt, `${i}.odt`)).filter((f) => existsSync(f));
    if (odts.length > 0) run('docx:MS Word 2007 XML', odts, out);
    const files = new Map<string, Uint8Array>();
    names.forEach((name, i) => {
      const f = join(out, `${i}.docx`);
      if (existsSync(f)) files.set(name, new Uint8Array(readFileSync(f)));
    });
    return { files, version, ms: performance.now() - t0 };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
