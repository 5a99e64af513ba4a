/**
 * Fonts of the legacy Vietnamese encodings (TCVN3/ABC `.VnTime`, VNI `VNI-Times` …), from the profile's
 * `legacyEncodings`. Shared by `party/legacy-encoding` (which converts such runs) and `party/font-family`
 * (which leaves them to it).
 */
import type { LegacyEncodingDef, Profile } from '../../profiles/types.js';

export interface LegacyFont {
  def: LegacyEncodingDef;
  font: string;
  /** The font draws every letter as a capital (TCVN3 `…H` fonts). */
  upperCase: boolean;
}

const compiled = new WeakMap<LegacyEncodingDef, { fonts: RegExp; upper: RegExp | null }>();

function patterns(def: LegacyEncodingDef): { fonts: RegExp; upper: RegExp | null } {
  let hit = compiled.get(def);
  if (!hit) {
    hit = { fonts: new RegExp(def.fonts, 'u'), upper: def.upperCaseFonts ? new RegExp(def.upperCaseFonts, 'u') : null };
    compiled.set(def, hit);
  }
  return hit;
}

/** The legacy encoding a font name belongs to, or null. */
export function legacyFont(profile: Profile, font: string): LegacyFont | null {
  const name = font.trim();
  for (const def of profile.legacyEncodings ?? []) {
    const re = patterns(def);
    if (re.fonts.test(name)) return { def, font: name, upperCase: re.upper?.test(name) ?? false };
  }
  return null;
}

/** The legacy font among the fonts a run is drawn with, or null. */
export function legacyFontOf(profile: Profile, fontsUsed: readonly string[]): LegacyFont | null {
  for (const f of fontsUsed) {
    const hit = legacyFont(profile, f);
    if (hit) return hit;
  }
  return null;
}
