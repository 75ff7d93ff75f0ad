// DOM → plain text with paragraph breaks; and a well-formed skeleton for linkedom, which mis-parses fragments.

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'ADDRESS',
  'HR',
  'DETAILS',
  'SUMMARY',
  'FORM',
  'FIELDSET',
  'CENTER',
  'BODY',
  'HTML',
]);
/** Never article text. */
const ALWAYS_SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);
/** Page furniture, skipped when falling back to the whole body. */
const CHROME = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'MENU', 'DIALOG']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Paragraphs of an element's text: blocks separated by blank lines, `<br>` as a line break, `<pre>` verbatim. */
export function elementText(root: DomNode, skipChrome = false): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    const p = line
      .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (p) paragraphs.push(p);
    line = '';
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      line += pre ? v : v.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (ALWAYS_SKIP.has(tag) || (skipChrome && CHROME.has(tag))) return;
    if (tag === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const inPre = pre || tag === 'PRE';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      walk(kids[i], inPre);
      // table cells side by side stay apart
      if (kids[i].nodeName === 'TD' || kids[i].nodeName === 'TH') line += ' ';
    }
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}

const HTML_OPEN = /<html\b([^>]*)>/i;
const HEAD = /<head\b[^>]*>([\s\S]*?)(?:<\/head\s*>|(?=<body\b))/i;
const BODY_OPEN = /<body\b[^>]*>/i;
const BODY_CLOSE = /<\/body\s*>/i;
const WRAPPERS = /<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?body\b[^>]*>|<\/head\s*>/gi;

/** Rebuilds `<html><head>…</head><body>…</body></html>` around any input so linkedom sees a whole document. */
export function wellFormed(html: string): string {
  const htmlAttrs = HTML_OPEN.exec(html)?.[1] ?? '';
  const head = HEAD.exec(html);
  let body: string;
  const open = BODY_OPEN.exec(html);
  if (open) {
    const rest = html.slice(open.index + open[0].length);
    const close = BODY_CLOSE.exec(rest);
    body = close ? rest.slice(0, close.index) : rest;
  } else {
    body = head ? html.slice(head.index + head[0].length) : html;
  }
  body = body.replace(WRAPPERS, '');
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head?.[1] ?? ''}</head><body>${body}</body></html>`;
}
