/** Columns a string takes in a terminal: combining marks (decomposed Vietnamese tones) take none. */
export function width(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

/** `s` padded with spaces to `columns` terminal columns. */
export function pad(s: string, columns: number): string {
  return s + ' '.repeat(Math.max(0, columns - width(s)));
}
