// Unit conversions happen once, at the reader (architecture.md "The model").

export const TWIPS_PER_MM = 1440 / 25.4;
export const EMU_PER_MM = 36000;

export const twipsToMm = (twips: number): number => round2(twips / TWIPS_PER_MM);
export const twipsToPt = (twips: number): number => round2(twips / 20);
export const halfPointsToPt = (hp: number): number => hp / 2;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
/** Font sizes are written in half-points (w:sz). */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Parse an integer attribute (OOXML measures may carry units in Strict: "12pt", "1in", "20mm"). */
export function parseTwips(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const m = /^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)?$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'mm':
      return n * TWIPS_PER_MM;
    case 'cm':
      return n * 10 * TWIPS_PER_MM;
    case 'in':
      return n * 1440;
    case 'pt':
      return n * 20;
    case 'pc':
    case 'pi':
      return n * 240;
    default:
      return n;
  }
}

/** ST_OnOff: absent value means on. */
export function onOff(value: string | undefined): boolean {
  if (value === undefined) return true;
  const v = value.toLowerCase();
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}
