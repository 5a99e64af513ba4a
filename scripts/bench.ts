/**
 * Benchmark: median milliseconds for read + check of a 2-page and a 40-page draft in one process,
 * beside mammoth.convertToHtml (a well-known docx reader) and a bare unzip + XML tokenise of the same
 * bytes (the floor: no reader can be faster than reading the bytes once).
 *
 *   pnpm bench            # builds first, then measures the built package (what ships)
 *   pnpm bench --runs 50
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { check, readDocx } from '../packages/core/dist/index.js';
import { partyDraft } from '../packages/core/test/support/party-draft.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function measure(fn: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function floor(bytes: Uint8Array): number {
  const files = unzipSync(bytes);
  let events = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const p = new SaxesParser();
    p.on('opentag', () => void events++);
    p.on('text', () => void events++);
    p.write(strFromU8(data)).close();
  }
  return events;
}

const drafts = [
  { name: '2 pages', bytes: partyDraft({ kind: 'NQ', layout: 'table', pages: 2 }) },
  { name: '40 pages', bytes: partyDraft({ kind: 'NQ', layout: 'table', pages: 40 }) },
];

const rows: string[][] = [['draft', 'size', 'paragraphs', 'thethuc read+check', 'mammoth.convertToHtml', 'unzip+tokenise (floor)', 'vs mammoth', 'vs floor']];
for (const d of drafts) {
  const report = check(d.bytes);
  if (report.error) throw new Error(`bench draft unreadable: ${report.error.code}`);
  const ours = await measure(() => check(d.bytes));
  const mam = await measure(() => mammoth.convertToHtml({ buffer: Buffer.from(d.bytes) }));
  const fl = await measure(() => floor(d.bytes));
  const paragraphs = readDocx(d.bytes);
  rows.push([
    d.name,
    `${(d.bytes.length / 1024).toFixed(0)} KiB`,
    paragraphs && paragraphs.ok ? String(paragraphs.value.paragraphs.length) : '?',
    `${ours.toFixed(2)} ms`,
    `${mam.toFixed(2)} ms`,
    `${fl.toFixed(2)} ms`,
    `${(ours / mam).toFixed(2)}×`,
    `${(ours / fl).toFixed(2)}×`,
  ]);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`Node ${process.version}, ${RUNS} runs each, median:`);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
