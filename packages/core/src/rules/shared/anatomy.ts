import type { Anatomy, Component, ComponentKind } from '../../anatomy/types.js';

export function componentsOf(anatomy: Anatomy, kind: ComponentKind): Component[] {
  return anatomy.components.filter((c) => c.kind === kind);
}

export function firstOf(anatomy: Anatomy, kind: ComponentKind): Component | undefined {
  return anatomy.components.find((c) => c.kind === kind);
}
