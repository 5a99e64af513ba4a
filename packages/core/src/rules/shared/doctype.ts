/**
 * Document types from the profile (terms.md): the definition behind a type name line or a number's
 * type symbol. Lookups only — the anatomy has already found the components.
 */
import type { Anatomy } from '../../anatomy/types.js';
import type { DocumentTypeDef, Profile } from '../../profiles/types.js';
import { fold } from '../../text.js';
import { firstOf } from './anatomy.js';

/** The profile's definition of the type named on the type name line, if any. */
export function typeNameDef(anatomy: Anatomy, profile: Profile): DocumentTypeDef | undefined {
  const typeName = firstOf(anatomy, 'typeName');
  if (!typeName) return undefined;
  const key = fold(typeName.text);
  return profile.documentTypes.find((t) => fold(t.name) === key);
}

/** The profile's definition of the type a number's type symbol stands for (case-sensitive: `QĐi`). */
export function symbolDef(profile: Profile, symbol: string | null): DocumentTypeDef | undefined {
  if (!symbol) return undefined;
  return profile.documentTypes.find((t) => t.symbols.includes(symbol));
}
