// Datelines: "CARACAS, Dec. 3 (Wire) — ", "BOGOTÁ (Agency) - ", "WASHINGTON — " at the start of a paragraph.
// The dateline says where and when the report was filed, not where or when its first sentence happened, and it is
// no part of what a speaker said.

const DATELINE = /^([A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'.-]{2,}(?: [A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'.-]+){0,3})(, [^—–()\n]{1,40}?)?( ?\([^()\n]{1,40}\))? ?(?:—|–|--| - ) ?/u;

/** End offset of a dateline starting at `offset` (a paragraph start), or -1. */
export function datelineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] !== '\n') return -1;
  const m = DATELINE.exec(text.slice(offset, offset + 90));
  // A lone capitalised word needs some length: "NATO — the alliance …" opens no dateline.
  if (!m || (!m[2] && !m[3] && m[1].length < 6)) return -1;
  return offset + m[0].length;
}
