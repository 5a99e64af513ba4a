/**
 * Where a component sits relative to another: reading order and column (table cell, tab side or
 * alignment side). Unknown positions (text boxes, centred lines) never make a rule speak.
 */
import type { Component } from '../../anatomy/types.js';
import { segments } from '../../text.js';

/** `a` comes before `b` in reading order. */
export function before(a: Component, b: Component): boolean {
  return a.paragraph.id < b.paragraph.id || (a.paragraph.id === b.paragraph.id && a.offset < b.offset);
}

/** The column a component stands in, or null when the layout does not tell. */
export function column(c: Component): string | null {
  const p = c.paragraph;
  if (p.textBox) return null;
  if (p.table) return p.table.cells >= 2 ? `t${p.table.table}c${p.table.cell}` : null;
  const segs = segments(p.text);
  if (segs.length >= 2) {
    const i = segs.findIndex((s) => s.offset === c.offset);
    return i < 0 ? null : i === 0 ? 'left' : 'right';
  }
  if (p.text.startsWith('\t')) return null;
  if (p.props.alignment === 'right') return 'right';
  if (p.props.alignment === 'left' || p.props.alignment === 'both' || p.props.alignment === 'start') return 'left';
  return null;
}

/** Both components stand in the same column, or the layout does not tell. */
export function sameColumn(a: Component, b: Component): boolean {
  const ca = column(a);
  const cb = column(b);
  if (ca === null || cb === null) return true;
  if (ca.startsWith('t') !== cb.startsWith('t')) return true;
  return ca === cb;
}
