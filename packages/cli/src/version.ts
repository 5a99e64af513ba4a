// A named import, so the bundle inlines the version only, not the whole manifest.
import { version } from '../package.json';

/** Version of `@thethuc/cli`, reported as `tool.version` (output.md). */
export const VERSION: string = version;
export const TOOL_NAME = 'thethuc';
