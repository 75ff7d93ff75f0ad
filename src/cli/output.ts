/** An error with a message for the user (no stack trace) and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    public exitCode = 1,
  ) {
    super(message);
  }
}

export interface GlobalOpts {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

export function printJson(value: unknown, pretty = true): void {
  process.stdout.write(JSON.stringify(value, null, pretty ? 2 : 0) + '\n');
}

/** Logs progress to stderr unless quiet (stdout stays clean for results). */
export function log(g: GlobalOpts, line: string): void {
  if (!g.quiet) process.stderr.write(line + '\n');
}

/** Renders rows as an aligned text table; cells are cut to `max` characters. */
export function table(headers: string[], rows: string[][], max = 40): string {
  const cut = (s: string) => (s.length > max ? s.slice(0, max - 1) + '…' : s);
  const all = [headers, ...rows].map((r) => r.map((c) => cut(oneLine(c))));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(fmt)].join('\n');
}

/** Collapses whitespace and strips control characters (report text is untrusted). */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}
