/*
 * The HTML mammoth writes (a small, well-formed subset: p, h1–h6, strong, em, ul/ol/li, table/tr/td, br,
 * a, img, sup, sub, s) → CommonMark. mammoth's own Markdown output escapes every `.`, `-` and `(`; this
 * writer escapes only what would change how the Markdown parses, so the draft stays readable and its
 * text, read back by remark, is the document's text exactly.
 */

interface Block {
  /** `#`-level for a heading, 0 for a paragraph. */
  heading: number;
  /** List marker and indentation prefix of the first line, or '' outside lists. */
  prefix: string;
  /** Indentation of continuation lines inside a list item. */
  indent: string;
  inline: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Inline text: backslash-escape what CommonMark would read as markup. */
function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** A line's start: what would open a heading, quote, list, fence, thematic break or setext underline. */
function escapeLineStart(line: string): string {
  if (/^(#{1,6})(\s|$)/.test(line)) return `\\${line}`;
  if (/^>/.test(line)) return `\\${line}`;
  if (/^[-+*](\s|$)/.test(line)) return `\\${line}`;
  if (/^~~~/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  if (/^(=+|-+)\s*$/.test(line) || /^([-*_])(\s*\1){2,}\s*$/.test(line)) return `\\${line}`;
  return line;
}

/** Emphasis markers hug the text: whitespace inside `<strong> x </strong>` moves outside `** x **`. */
function wrap(content: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
  const [, lead, core, trail] = m as unknown as [string, string, string, string];
  if (!core) return content;
  return `${lead}${marker}${core}${marker}${trail}`;
}

export function htmlToMarkdown(html: string): string {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; n: number; indent: string }[] = [];
  // Inline content is built on a stack: each open emphasis element collects its own text.
  const stack: { tag: string; text: string; href?: string }[] = [];
  let current: Block | null = null;
  let pendingPrefix: string | null = null;

  const listIndent = () => lists.at(-1)?.indent ?? '';
  const open = (heading: number) => {
    // A <p> right after <li> fills the item the <li> opened.
    if (current && stack.length === 1 && stack[0]!.text === '') {
      current.heading = heading;
      return;
    }
    flush();
    const indent = listIndent();
    current = { heading, prefix: pendingPrefix ?? indent, indent, inline: '' };
    pendingPrefix = null;
    stack.length = 0;
    stack.push({ tag: 'block', text: '' });
  };
  const flush = () => {
    if (!current) return;
    while (stack.length > 1) closeInline(stack.at(-1)!.tag);
    current.inline = stack[0]?.text ?? '';
    blocks.push(current);
    current = null;
    stack.length = 0;
  };
  const write = (s: string) => {
    if (!current) {
      if (!s.trim()) return;
      open(0);
    }
    stack.at(-1)!.text += s;
  };
  const closeInline = (tag: string) => {
    const at = stack.map((e) => e.tag).lastIndexOf(tag);
    if (at <= 0) return;
    while (stack.length - 1 > at) closeInline(stack.at(-1)!.tag);
    const el = stack.pop()!;
    let out = el.text;
    if (tag === 'strong') out = wrap(out, '**');
    else if (tag === 'em') out = wrap(out, '*');
    else if (tag === 'a' && el.href) out = out.trim() ? `[${out}](${el.href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})` : out;
    stack.at(-1)!.text += out;
  };

  const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      write(escapeInline(decode(text)));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (closing) {
      if (tag === 'p' || /^h[1-6]$/.test(tag) || tag === 'td' || tag === 'th') flush();
      else if (tag === 'li') {
        flush();
        pendingPrefix = null;
      } else if (tag === 'ul' || tag === 'ol') {
        flush();
        lists.pop();
      } else closeInline(tag);
      continue;
    }
    if (tag === 'p') open(0);
    else if (/^h[1-6]$/.test(tag)) open(Number(tag[1]));
    else if (tag === 'ul' || tag === 'ol') {
      flush();
      lists.push({ ordered: tag === 'ol', n: 0, indent: listIndent() });
    } else if (tag === 'li') {
      flush();
      const list = lists.at(-1);
      if (list) {
        list.n++;
        const marker = list.ordered ? `${list.n}. ` : '- ';
        const base = list === lists[0] ? '' : (lists.at(-2)?.indent ?? '');
        pendingPrefix = base + marker;
        list.indent = base + ' '.repeat(marker.length);
        // A list item's text may come without a <p>.
        open(0);
      }
    } else if (tag === 'br') write('\\\n');
    else if (tag === 'strong' || tag === 'em') {
      if (!current) open(0);
      stack.push({ tag, text: '' });
    } else if (tag === 'a') {
      const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
      if (!selfClosing) {
        if (!current) open(0);
        stack.push({ tag, text: '', ...(href ? { href: decode(href) } : {}) });
      }
    }
    // img, sup, sub, s, table, tr and anything else: their text is kept, the tag is not.
  }
  flush();

  const out: string[] = [];
  for (const b of blocks) {
    const lines = b.inline
      .split('\n')
      .map((l) => l.replace(/^[ \t]+/, ''))
      .map(escapeLineStart);
    const text = lines.join(`\n${b.indent}`).trim();
    if (!text || text === '\\') continue;
    out.push(`${b.prefix}${b.heading ? `${'#'.repeat(b.heading)} ` : ''}${text.replace(/\\$/, '')}`);
  }
  return out.join('\n\n');
}
