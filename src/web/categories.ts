// PLOVER categories in the order of the timeline lanes (conflict first), with restrained colours by family.
export const CATEGORY_ORDER = [
  'ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN', 'SANCTION', 'PROTEST', 'ACCUSE', 'REJECT',
  'REQUEST', 'RETREAT', 'CONCEDE', 'AID', 'COOPERATE', 'SUPPORT', 'CONSULT', 'AGREE',
] as const;

const COLORS: Record<string, string> = {
  ASSAULT: '#b3261e', COERCE: '#d0582a', MOBILIZE: '#c98a12', THREATEN: '#a8691b', SANCTION: '#8a5a2b', PROTEST: '#b0833f',
  ACCUSE: '#6b4c9a', REJECT: '#85508a', REQUEST: '#5c6bc0',
  RETREAT: '#3f7f8c', CONCEDE: '#2f8f83', AID: '#2e7d4f', COOPERATE: '#2b6ca3', SUPPORT: '#3b82b6', CONSULT: '#4f6d8a', AGREE: '#1f5f8b',
};

export function categoryColor(c: string): string {
  return COLORS[c] ?? '#667085';
}

export const STANCE_LABEL: Record<string, string> = {
  asserted: 'asserted', confirmed: 'confirmed', denied: 'denied', alleged: 'alleged',
  believed: 'believed', no_comment: 'no comment', unverified: 'unverified',
};
