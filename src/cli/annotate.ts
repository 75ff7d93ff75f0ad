import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { IngestResult } from '../ingest/index.ts';
import { ingestFile, ingestStdin, ingestString } from '../ingest/index.ts';
import { annotationOf, processInput } from '../app/process.ts';
import { CliError, type GlobalOpts } from './output.ts';

interface AnnotateOpts {
  published?: string;
  language?: string;
  outlet?: string;
  jsonl?: boolean;
  pretty?: boolean;
}

/** Annotates one ingested input; ingestion time is dropped so the output depends on the input alone. */
function annotate(r: IngestResult & { ok: true }, id?: string) {
  const meta = { ...r.input.meta, ingestedAt: undefined, ...(id !== undefined ? { id } : {}) };
  const doc = processInput({ meta, text: r.input.text });
  doc.messages.unshift(...r.input.warnings);
  return annotationOf(doc);
}

async function annotateLines(file: string, opts: AnnotateOpts): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  let n = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; published?: unknown; language?: unknown; title?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      bad++;
      process.stdout.write(JSON.stringify({ error: { line: n, code: 'bad-json', message: `line ${n}: not JSON` } }) + '\n');
      continue;
    }
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : `line-${n}`;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const r = ingestString(typeof item.text === 'string' ? item.text : '', id, {
      published: str(item.published) ?? opts.published,
      language: str(item.language) ?? opts.language,
      title: str(item.title),
      outlet: opts.outlet,
    }, 'text');
    if (!r.ok) {
      bad++;
      process.stdout.write(JSON.stringify({ doc: { id }, error: { code: r.code, message: r.message } }) + '\n');
      continue;
    }
    process.stdout.write(JSON.stringify(annotate(r, id)) + '\n');
  }
  return bad;
}

export async function annotateCommand(file: string, opts: AnnotateOpts, _g: GlobalOpts): Promise<void> {
  if (opts.jsonl) {
    await annotateLines(file, opts);
    return;
  }
  const ingestOpts = { published: opts.published, language: opts.language, outlet: opts.outlet };
  const r = file === '-' ? await ingestStdin(ingestOpts) : await ingestFile(file, ingestOpts);
  if (!r.ok) throw new CliError(r.message, 1);
  process.stdout.write(JSON.stringify(annotate(r), null, opts.pretty ? 2 : 0) + '\n');
}
