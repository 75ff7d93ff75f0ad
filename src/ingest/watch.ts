// Polls folders, files, feeds and pages on an interval and hands over only what is new.
// Files: new or changed by mtime+size. URLs: conditional GET (ETag / Last-Modified). Items: GUIDs already seen.
import { readdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { extname, join } from 'node:path';
import { FOLDER_EXTENSIONS } from './detect.ts';
import { readInputs } from './read.ts';
import { fail, type IngestOptions, type IngestResult } from './result.ts';
import { fetchUrl, ingestFetched, isHttpUrl } from './url.ts';

export type Handled = 'stored' | 'duplicate' | 'rejected';

/** What a watcher remembers between rounds (and runs, via a state file); bounded in size. */
export interface WatchState {
  /** path → "mtimeMs:size" (or "missing"), and the round it was last seen in (to forget deleted files). */
  files: Map<string, { sig: string; round: number }>;
  /** URL → validators for the next conditional GET. */
  http: Map<string, { etag: string | null; lastModified: string | null }>;
  /** GUIDs (and sources of skipped items) already handled, oldest first; capped at `maxSeen`. */
  seen: Set<string>;
}

export interface RoundSummary {
  round: number;
  stored: number;
  duplicate: number;
  rejected: number;
  /** Items skipped because their GUID or content id was already known. */
  known: number;
  /** Files unchanged or URLs answering 304. */
  unchanged: number;
}

export interface WatchLoopOptions {
  /** Folders, files, or http(s) URLs of feeds and pages. */
  sources: string[];
  intervalMs: number;
  /** Rounds to run (default: until `signal` aborts). */
  rounds?: number;
  /** Waits between rounds; inject a fake for fast-time tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  state?: WatchState;
  ingest?: IngestOptions;
  /** Stores (or logs) one result; called only for what is new. */
  handle: (r: IngestResult) => Promise<Handled>;
  /** Whether a document with this content id is already stored (saves running the pipeline on it). */
  isKnown?: (docId: string) => Promise<boolean>;
  /** After each round: re-resolve when something was stored, save the state, report. */
  afterRound?: (summary: RoundSummary, state: WatchState) => Promise<void>;
  /** Cap on remembered GUIDs (default 20,000). */
  maxSeen?: number;
  /** Leave files modified less than this long ago for the next round: they may still be being written. */
  settleMs?: number;
  /** Clock for `settleMs` (default Date.now). */
  now?: () => number;
}

export type WatchTotals = Omit<RoundSummary, 'round'> & { rounds: number };

const DEFAULT_MAX_SEEN = 20_000;

export function emptyWatchState(): WatchState {
  return { files: new Map(), http: new Map(), seen: new Set() };
}

async function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal }).catch(() => {});
}

function remember(state: WatchState, key: string, max: number): void {
  state.seen.delete(key);
  state.seen.add(key);
  // a Set iterates in insertion order: the first entry is the oldest
  while (state.seen.size > max) state.seen.delete(state.seen.values().next().value!);
}

/** Files to watch under a path, sorted; dotfiles and node_modules skipped, like readInputs' folder walk. */
async function* watchedFiles(path: string, visited: Set<string>): AsyncGenerator<string> {
  let names: string[];
  try {
    const real = await realpath(path);
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    names = (await readdir(path)).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort();
  } catch {
    return;
  }
  for (const name of names) {
    const child = join(path, name);
    const st = await stat(child).catch(() => null);
    if (st?.isDirectory()) yield* watchedFiles(child, visited);
    else if (st?.isFile() && FOLDER_EXTENSIONS.includes(extname(name).toLowerCase())) yield child;
  }
}

class Round {
  summary: RoundSummary;
  constructor(
    round: number,
    private o: WatchLoopOptions,
    private state: WatchState,
  ) {
    this.summary = { round, stored: 0, duplicate: 0, rejected: 0, known: 0, unchanged: 0 };
  }

  private get maxSeen(): number {
    return this.o.maxSeen ?? DEFAULT_MAX_SEEN;
  }

  /** Hands one result over unless its GUID or content id is known. */
  async consider(r: IngestResult): Promise<void> {
    const s = this.summary;
    if (!r.ok) {
      // an item without text comes back whenever its feed changes: report it once
      if (r.code === 'skipped') {
        if (this.state.seen.has(`s:${r.source}`)) return;
        remember(this.state, `s:${r.source}`, this.maxSeen);
      }
      s[await this.o.handle(r)]++;
      return;
    }
    const guid = r.input.meta.guid ? `g:${r.input.meta.guid}` : null;
    if (guid && this.state.seen.has(guid)) {
      s.known++;
      return;
    }
    if (this.o.isKnown && (await this.o.isKnown(r.input.meta.id))) s.known++;
    else s[await this.o.handle(r)]++;
    if (guid) remember(this.state, guid, this.maxSeen);
  }

  async pollUrl(url: string): Promise<void> {
    const validators = this.state.http.get(url);
    const headers: Record<string, string> = {};
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const f = await fetchUrl(url, {
      ...this.o.ingest?.fetch,
      headers: { ...this.o.ingest?.fetch?.headers, ...headers },
    });
    if (!f.ok) return this.consider(fail(url, f.code, f.message));
    if (f.notModified) {
      this.summary.unchanged++;
      return;
    }
    if (f.etag || f.lastModified) this.state.http.set(url, { etag: f.etag, lastModified: f.lastModified });
    else this.state.http.delete(url);
    for (const r of ingestFetched(f, this.o.ingest)) await this.consider(r);
  }

  async pollFile(path: string): Promise<void> {
    const st = await stat(path).catch(() => null);
    const sig = st ? `${st.mtimeMs}:${st.size}` : 'missing';
    const before = this.state.files.get(path);
    const settleMs = this.o.settleMs ?? 0;
    if (st && settleMs > 0 && (this.o.now ?? Date.now)() - st.mtimeMs < settleMs) {
      // still being written: keep the old signature so the next round looks again
      if (before) before.round = this.summary.round;
      return;
    }
    this.state.files.set(path, { sig, round: this.summary.round });
    if (before?.sig === sig) {
      this.summary.unchanged++;
      return;
    }
    for await (const r of readInputs([path], this.o.ingest)) await this.consider(r);
  }

  async pollPath(path: string): Promise<void> {
    const st = await stat(path).catch(() => null);
    if (!st?.isDirectory()) return this.pollFile(path);
    for await (const file of watchedFiles(path, new Set())) await this.pollFile(file);
  }
}

/** Forgets files not seen this round (deleted or renamed) so the state does not grow. */
function forgetGone(state: WatchState, round: number): void {
  for (const [path, entry] of state.files) if (entry.round < round) state.files.delete(path);
}

/**
 * Polls every source each round and hands over only what is new; sleeps `intervalMs` between rounds.
 * Keeps only counters and the bounded state between rounds, so memory stays flat however long it runs.
 */
export async function watchLoop(o: WatchLoopOptions): Promise<WatchTotals> {
  const state = o.state ?? emptyWatchState();
  const sleep = o.sleep ?? defaultSleep;
  const rounds = o.rounds ?? Infinity;
  const totals: WatchTotals = { rounds: 0, stored: 0, duplicate: 0, rejected: 0, known: 0, unchanged: 0 };
  for (let round = 1; round <= rounds && !o.signal?.aborted; round++) {
    const current = new Round(round, o, state);
    for (const source of o.sources) {
      if (o.signal?.aborted) break;
      if (isHttpUrl(source)) await current.pollUrl(source);
      else await current.pollPath(source);
    }
    forgetGone(state, round);
    const s = current.summary;
    totals.rounds = round;
    totals.stored += s.stored;
    totals.duplicate += s.duplicate;
    totals.rejected += s.rejected;
    totals.known += s.known;
    totals.unchanged += s.unchanged;
    await o.afterRound?.(s, state);
    if (round < rounds && !o.signal?.aborted) await sleep(o.intervalMs, o.signal);
  }
  return totals;
}

/** The state as JSON for the state file. */
export function serialiseWatchState(state: WatchState): string {
  return JSON.stringify({
    version: 1,
    files: Object.fromEntries([...state.files].map(([p, e]) => [p, e.sig])),
    http: Object.fromEntries(state.http),
    seen: [...state.seen],
  });
}

/** Reads a state file's JSON; anything unreadable starts afresh (the store still refuses duplicates). */
export function parseWatchState(json: string): WatchState {
  const state = emptyWatchState();
  try {
    const v = JSON.parse(json) as { files?: Record<string, string>; http?: Record<string, unknown>; seen?: unknown[] };
    for (const [p, sig] of Object.entries(v.files ?? {}))
      if (typeof sig === 'string') state.files.set(p, { sig, round: 0 });
    for (const [u, h] of Object.entries(v.http ?? {})) {
      const x = h as { etag?: unknown; lastModified?: unknown };
      const str = (s: unknown): string | null => (typeof s === 'string' ? s : null);
      state.http.set(u, { etag: str(x?.etag), lastModified: str(x?.lastModified) });
    }
    for (const k of v.seen ?? []) if (typeof k === 'string') state.seen.add(k);
  } catch {
    // a broken state file only costs one round of conditional GETs and duplicate checks
  }
  return state;
}

export async function loadWatchState(path: string): Promise<WatchState> {
  const text = await readFile(path, 'utf8').catch(() => null);
  return text === null ? emptyWatchState() : parseWatchState(text);
}

/** Writes the state file atomically (temp file + rename), so a crash never leaves half a file. */
export async function saveWatchState(path: string, state: WatchState): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, serialiseWatchState(state));
  await rename(tmp, path);
}
