// Cross-report resolution: the public entry points.
export { resolveEvents } from './resolve.ts';
export type { ResolveInput, ResolveOutput, PreviousIds, EventLink, HistoryEntry, HistoryKind } from './model.ts';
