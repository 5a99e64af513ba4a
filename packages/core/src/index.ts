// Public entry of @thethuc/core — keep it small (style.md §16).
export type * from './model.js';
export type * from './engine/types.js';
export type * from './anatomy/types.js';
export type { ReadError, ReadErrorCode, Result } from './errors.js';
export { check } from './engine/check.js';
