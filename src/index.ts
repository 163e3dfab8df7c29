export { clean, DEFAULT_MIN_CONFIDENCE, type CleanOptions, type CleanResult, type Tail } from './engine.js';
export { editKey, type Edit, type ReportedEdit, type SkippedEdit } from './edit.js';
export type { Document } from './document.js';
export type { Pass } from './pass.js';
export type { Metadata } from './metadata/extract.js';
export { PASSES, defaultPasses, selectPasses, UnknownPassError } from './passes/index.js';
export { restoreInput } from './restore.js';
export { learnBoilerplate, normaliseLine, type LearnOptions } from './batch/boilerplate.js';
