import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError, log, printJson, type GlobalOpts } from './output.ts';
import { EVAL_DIR, TASKS, runTask, type Task, type TaskResult } from '../eval/tasks.ts';
import { writeSection } from '../eval/results.ts';

interface EvalOpts {
  data?: string;
  write?: boolean;
  errors?: boolean;
}

// Tasks that read only the repository's own sets run even without ../shared/data.
const OWN_DATA = new Set<Task>(['language', 'quotes', 'cases']);

/** `sitrep eval <task>`: scores a stage on its benchmark through processInput; `--write` updates eval/RESULTS.md. */
export async function evalCommand(task: string, opts: EvalOpts, g: GlobalOpts): Promise<void> {
  const tasks: Task[] = task === 'all' ? [...TASKS] : TASKS.includes(task as Task) ? [task as Task] : [];
  if (!tasks.length) throw new CliError(`unknown eval task "${task}" (one of: ${TASKS.join(', ')}, all)`, 2);
  const data = resolve(opts.data ?? '../shared/data');
  const results: TaskResult[] = [];
  for (const t of tasks) {
    if (!existsSync(data) && !OWN_DATA.has(t)) {
      results.push({ task: t, section: t, skipped: `data folder ${data} not found`, summary: `${t}: skipped (data folder ${data} not found; pass --data DIR)`, markdown: '', data: null, errors: [] });
      continue;
    }
    log(g, `eval ${t} …`);
    const r = await runTask(t, data);
    results.push(r);
    if (opts.write && !r.skipped && r.section) writeSection(join(EVAL_DIR, 'RESULTS.md'), r.section, r.markdown);
  }
  if (g.json) {
    printJson(results.map((r) => ({ task: r.task, skipped: r.skipped ?? null, result: r.data, ...(opts.errors ? { errors: r.errors } : {}) })));
    return;
  }
  for (const r of results) {
    process.stdout.write(r.summary + '\n');
    if (opts.errors) for (const e of r.errors) process.stdout.write(`  ${e}\n`);
  }
  if (opts.write) log(g, `wrote ${results.filter((r) => !r.skipped && r.section).map((r) => r.section).join(', ') || 'nothing'} to ${join(EVAL_DIR, 'RESULTS.md')}`);
}
