import type { Lang } from '@thethuc/core';
import type { Format } from '../args.js';
import type { ReportDocument } from '../report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export { formatGithub, formatJson, formatStylish };

export interface FormatOptions {
  color: boolean;
  lang: Lang;
}

export function format(name: Format, doc: ReportDocument, options: FormatOptions): string {
  switch (name) {
    case 'json':
      return formatJson(doc);
    case 'github':
      return formatGithub(doc);
    case 'stylish':
      return formatStylish(doc, options);
  }
}
