// The ingest job queue: pg-boss 10 on PostgreSQL, one job per document, keyed by the document's content id.
import type PgBoss from 'pg-boss';
import type { DocMeta, Message } from '../core/types.ts';

export const INGEST_QUEUE = 'sitrep-ingest';
export const DEFAULT_QUEUE_SCHEMA = 'pgboss';

/** What a job carries: the ingested document (metadata with its content id, text, original markup, warnings). */
export interface IngestJobData {
  meta: DocMeta;
  text: string;
  raw?: string | null;
  warnings: Message[];
}

export interface QueuedJob {
  id: string;
  data: unknown;
  /** Tries so far before this one (0 on the first). */
  retryCount: number;
  retryLimit: number;
}

export interface QueueOptions {
  /** PostgreSQL connection string (the same database as the store). */
  url: string;
  /** pg-boss's own schema (default $SITREP_QUEUE_SCHEMA or "pgboss"). */
  schema?: string;
  /** Retries after the first try before a job is failed for good (default 3). */
  retryLimit?: number;
  /** Seconds before the first retry (default 2)... */
  retryDelaySeconds?: number;
  /** ...doubled for each further retry (default true). */
  retryBackoff?: boolean;
  /** An active job not finished after this long is taken to be lost with its worker and retried (default 300). */
  expireInSeconds?: number;
  /** Run pg-boss maintenance (expiring lost jobs, archiving): workers do, enqueuers need not. */
  supervise?: boolean;
  /** How often maintenance runs (default $SITREP_QUEUE_MAINTENANCE_SECONDS or 30). */
  maintenanceIntervalSeconds?: number;
  /** Reports pg-boss background errors (a lost connection); they must not crash the process. */
  onError?: (e: Error) => void;
}

export interface Queue {
  /** Submits one job per document; a document already waiting in the queue is not queued twice. */
  enqueue(jobs: IngestJobData[]): Promise<void>;
  /** Takes up to `n` jobs and marks them active. */
  fetch(n: number): Promise<QueuedJob[]>;
  complete(ids: string[]): Promise<void>;
  /** Fails a job: pg-boss retries it later while tries remain. */
  fail(id: string, error: unknown): Promise<void>;
  /** Jobs not finished yet: waiting, waiting to retry, or active. */
  pending(): Promise<number>;
  /** Counts by state (created, retry, active, completed, failed...). */
  states(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const ENQUEUE_BATCH = 500;

function envNumber(name: string): number | undefined {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** Connects to pg-boss (creating its schema and the ingest queue when missing). */
export async function openQueue(o: QueueOptions): Promise<Queue> {
  const { default: PgBossClass } = await import('pg-boss');
  const schema = o.schema ?? process.env.SITREP_QUEUE_SCHEMA ?? DEFAULT_QUEUE_SCHEMA;
  const boss: PgBoss = new PgBossClass({
    connectionString: o.url,
    schema,
    max: 4,
    supervise: o.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: o.maintenanceIntervalSeconds ?? envNumber('SITREP_QUEUE_MAINTENANCE_SECONDS') ?? 30,
  });
  boss.on('error', (e: Error) => (o.onError ?? (() => {}))(e));
  await boss.start();
  if (!(await boss.getQueue(INGEST_QUEUE))) {
    // "short": at most one waiting job per singleton key, so a document submitted twice waits in the queue once
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      policy: 'short',
      retryLimit: o.retryLimit ?? 3,
      retryDelay: o.retryDelaySeconds ?? 2,
      retryBackoff: o.retryBackoff ?? true,
      expireInSeconds: o.expireInSeconds ?? envNumber('SITREP_QUEUE_EXPIRE_SECONDS') ?? 300,
    });
  }

  return {
    async enqueue(jobs) {
      for (let i = 0; i < jobs.length; i += ENQUEUE_BATCH) {
        const batch = jobs.slice(i, i + ENQUEUE_BATCH).map((data) => ({ name: INGEST_QUEUE, data: data as object, singletonKey: data?.meta?.id }));
        await boss.insert(batch);
      }
    },
    async fetch(n) {
      const jobs = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: n, includeMetadata: true });
      return (jobs ?? []).map((j) => ({ id: j.id, data: j.data, retryCount: j.retryCount, retryLimit: j.retryLimit }));
    },
    async complete(ids) {
      if (ids.length) await boss.complete(INGEST_QUEUE, ids);
    },
    async fail(id, error) {
      const message = error instanceof Error ? error.message : String(error);
      await boss.fail(INGEST_QUEUE, id, { message });
    },
    pending: () => boss.getQueueSize(INGEST_QUEUE, { before: 'completed' }),
    async states() {
      const sql = `select state, count(*)::int as n from "${schema}".job where name = $1 group by state`;
      const { rows } = await boss.getDb().executeSql(sql, [INGEST_QUEUE]);
      return Object.fromEntries(rows.map((r: { state: string; n: number }) => [r.state, r.n]));
    },
    close: () => boss.stop({ graceful: false, wait: true, close: true }),
  };
}
