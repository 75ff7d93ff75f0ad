// The store's public face: open it, then save documents and events through the Store it returns.
export { openStore } from './store.ts';
export type {
  Counts, DocSummary, EventFilter, EventLink, HistoryEntry, HistoryKind, HistoryRow, IngestEntry, IngestLogRow,
  IngestStatus, OpenOptions, Page, ReplaceResult, SaveResult, Store, StoredMention,
} from './store.ts';
export { chooseTarget, DEFAULT_DB_PATH, MEMORY } from './db.ts';
