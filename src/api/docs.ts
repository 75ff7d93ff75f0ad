// /docs: a small self-contained HTML page listing the routes of the OpenAPI document (no scripts, no network).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Served with the page: nothing but its own inline style may load or run. */
export const DOCS_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string | string[]; enum?: unknown[]; format?: string; default?: unknown };
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}

export interface OpenApiDoc {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function paramType(p: Parameter): string {
  const s = p.schema ?? {};
  if (s.enum) return s.enum.map(String).join(' | ');
  const t = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? '');
  return [t, s.format].filter(Boolean).join(', ') + (s.default !== undefined ? ` (default ${String(s.default)})` : '');
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' *' : ''}</td><td>${escapeHtml(p.in)}</td><td>${escapeHtml(paramType(p))}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = op.requestBody?.content
    ? `<p>Body: ${Object.keys(op.requestBody.content)
        .map((t) => `<code>${escapeHtml(t)}</code>`)
        .join(', ')}</p>`
    : '';
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([code, r]) =>
        `<li><b>${escapeHtml(code)}</b> ${escapeHtml(r.description ?? '')}${
          r.content
            ? ` — ${Object.keys(r.content)
                .map((t) => `<code>${escapeHtml(t)}</code>`)
                .join(', ')}`
            : ''
        }</li>`,
    )
    .join('');
  return `<section id="${escapeHtml(`${method}-${path}`)}"><h3><span class="m">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}</p>${params ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr>${params}</table>` : ''}${body}<ul>${responses}</ul></section>`;
}

/** The whole page; every value from the document is escaped. */
export function renderDocsPage(doc: OpenApiDoc): string {
  const ops: string[] = [];
  const index: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      ops.push(operationHtml(method, path, op));
      index.push(
        `<li><a href="#${escapeHtml(encodeURIComponent(`${method}-${path}`))}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a></li>`,
      );
    }
  }
  const title = `${doc.info?.title ?? 'API'} ${doc.info?.version ?? ''}`.trim();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code{font:13px ui-monospace,monospace;background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}section{border-top:1px solid #ccc;margin-top:1rem}
.m{display:inline-block;min-width:3.5em;color:#fff;background:#2a6;border-radius:3px;padding:0 .3em;font-size:13px;text-align:center}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(doc.info?.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<ul>${index.join('')}</ul>${ops.join('\n')}</body></html>
`;
}
