// Progress lines for long ingests on stderr ("[120/3400] 35 docs/s"), at most every 500 ms; silent when quiet.

export interface Progress {
  /** Counts `n` more documents done; prints a line when the interval has passed. */
  tick(n?: number): void;
  /** Prints the final line if any progress was shown (short runs stay silent). */
  done(): void;
  readonly count: number;
}

export interface ProgressOptions {
  /** Total expected, when known. */
  total?: number | null;
  /** False for --quiet, --json or a non-terminal you want silent. */
  enabled: boolean;
  /** Minimum time between lines (default 500 ms). */
  intervalMs?: number;
  /** Where lines go (default stderr: stdout stays clean for results). */
  write?: (line: string) => void;
  /** Clock in ms (default performance.now); injectable for tests. */
  now?: () => number;
  /** Word after the rate (default "docs/s"). */
  unit?: string;
}

/** Formats one progress line. */
export function progressLine(
  count: number,
  total: number | null | undefined,
  elapsedMs: number,
  unit = 'docs/s',
): string {
  const rate = elapsedMs > 0 ? (count * 1000) / elapsedMs : 0;
  const where = total ? `[${count}/${total}]` : `[${count}]`;
  return `${where} ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} ${unit}`;
}

export function createProgress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => performance.now());
  const write = o.write ?? ((line: string) => void process.stderr.write(line + '\n'));
  const interval = o.intervalMs ?? 500;
  const start = now();
  let last = start;
  let count = 0;
  let shown = false;
  return {
    get count() {
      return count;
    },
    tick(n = 1) {
      count += n;
      if (!o.enabled) return;
      const t = now();
      if (t - last < interval) return;
      last = t;
      shown = true;
      write(progressLine(count, o.total, t - start, o.unit));
    },
    done() {
      if (o.enabled && shown) write(progressLine(count, o.total, now() - start, o.unit));
    },
  };
}
