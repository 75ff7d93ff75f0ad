// Markdown → plain text for the pipeline: markup removed, every block (heading, paragraph, list item,
// code block) its own paragraph, separated by a blank line so sentence splitting never runs across blocks.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_SEPARATOR = /^(?=[^|]*\|)[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PROTECTED = /[\uE000-\uE07F]/g;
const INLINE_RULES: [RegExp, string][] = [
  [/!\[[^\]]*\]\([^)]*\)/g, ''], // images carry no article text
  [/!\[[^\]]*\]\[[^\]]*\]/g, ''],
  [/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, '$1'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  [/<((?:https?|mailto):[^>\s]+)>/g, '$1'],
  [/<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g, ''],
  [/(`+)(.+?)\1/g, '$2'],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'],
  [/(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])/g, '$1'],
  [/(?<![\p{L}\p{N}_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu, '$1'],
  [/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'],
];

/** Inline markup → text; backslash escapes are protected so that `\*` stays a literal star. */
function inline(s: string): string {
  let out = s.replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
  for (const [re, to] of INLINE_RULES) out = out.replace(re, to);
  out = out.replace(/[ \t]{2,}/g, ' ');
  return out.replace(PROTECTED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000)).trim();
}

/** Converts Markdown to plain text with blank lines between blocks. */
export function markdownToText(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').replace(HTML_COMMENT, '').split('\n');
  const blocks: string[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) blocks.push(para.join(' '));
    para = [];
  };
  let fence: string | null = null;
  let code: string[] = [];
  for (const line of lines) {
    if (fence !== null) {
      // code is kept verbatim: it may be a quoted statement or data
      if (line.trim().startsWith(fence)) {
        blocks.push(code.join('\n'));
        code = [];
        fence = null;
      } else code.push(line);
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      flush();
      fence = f[1];
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (REFERENCE_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) continue;
    const h = ATX_HEADING.exec(line);
    if (h) {
      flush();
      if (h[1]) blocks.push(inline(h[1]));
      continue;
    }
    if (para.length && SETEXT_UNDERLINE.test(line)) {
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      continue;
    }
    const body = line.replace(BLOCKQUOTE, '');
    const item = LIST_ITEM.exec(body);
    if (item) {
      flush();
      para.push(inline(body.slice(item[0].length)));
    } else if (/^\s*\|/.test(body)) {
      // a table row stays one line of its own
      flush();
      blocks.push(
        inline(
          body
            .trim()
            .replace(/^\||\|$/g, '')
            .replace(/\s*\|\s*/g, ' | '),
        ),
      );
    } else para.push(inline(body));
  }
  if (fence !== null) blocks.push(code.join('\n'));
  flush();
  return blocks.filter((b) => b.trim()).join('\n\n');
}

/** The text of a leading `# Heading` (ATX level 1, or a setext `===` heading), if the document opens with one. */
export function leadingHeading(md: string): string | null {
  const lines = md.replace(/\r\n?/g, '\n').replace(HTML_COMMENT, '').trimStart().split('\n', 2);
  const atx = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(lines[0] ?? '');
  if (atx) return inline(atx[1]) || null;
  if (lines[1] !== undefined && /^ {0,3}=+[ \t]*$/.test(lines[1])) return inline(lines[0]) || null;
  return null;
}
