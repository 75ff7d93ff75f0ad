// Local-news evidence: how strongly a document reads as US local news (counties, sheriffs, school
// boards, state legislators, phone numbers, AP datelines), and whether a name is used as a town
// ("the Jordan City Council", "a Palestine man", "the city of Paris") rather than a country.
import type { Token } from '../core/types.ts';

// Each alternative is one kind of cue; a document's score is the number of distinct kinds it shows.
// prettier-ignore
const US_CUES: [string, RegExp][] = [
  ['county', /\b(?:[A-Z][a-z]+ (?:County|Parish|Township)|count(?:y|ies)|township)\b/],
  ['sheriff', /\bsheriff(?:'s|’s)?\b/i],
  ['schools', /\b(?:school (?:board|district)|board of education|superintendent|(?:high|middle|elementary) school|PTA|ISD)\b/i],
  ['council', /\b(?:city council|council(?:man|woman|members?)|aldermen|alderman|selectmen|commissioners|zoning board|planning commission)\b/i],
  ['legislature', /\b(?:state (?:Rep\.|Sen\.|representative|senator|house|senate|legislature|lawmakers)|General Assembly|Gov\.|\([DR]-[A-Z][A-Za-z.]+\)|[DR]-[A-Z][a-z]+,)/],
  ['roads', /\b(?:Interstate \d+|I-\d+|U\.S\. \d+|(?:State )?(?:Route|Highway|Hwy\.?) \d+|County Road|CR \d+|S\.R\. \d+)\b/],
  ['phone', /\(?\b\d{3}\)?[ -]\d{3}-\d{4}\b/],
  ['dateline', /(?:^|\n)[A-Z][A-Z .]+, (?:[A-Z][a-z]+\.|[A-Z]\.[A-Z]\.) ?(?:\(AP\))?/],
  ['police', /\b(?:police department|fire department|volunteer fire|state troopers?|highway patrol|district attorney|circuit court|probate|county jail)\b/i],
];
const MAX_CUES = 3;

/** Number of distinct kinds of US local-news cues in a text, at most 3. */
export function usLocalCues(text: string): number {
  let n = 0;
  for (const [, re] of US_CUES) if (re.test(text) && ++n >= MAX_CUES) break;
  return n;
}

/** Words after a name that make it a town: its institutions and its people. */
// prettier-ignore
const TOWN_HEADS = new Set([
  'council', 'police', 'pd', 'school', 'schools', 'elementary', 'high', 'middle', 'township', 'resident', 'residents',
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'teen', 'teenager', 'native', 'mayor', 'city', 'fire', 'library',
  'isd', 'independent', 'utilities', 'aldermen', 'village', 'town', 'civic', 'rotary', 'lions', 'kiwanis', 'chamber',
]);
const TOWN_BEFORE = new Set(['city', 'town', 'village', 'township', 'borough', 'downtown']);

/** True when the name at tokens i..j is used as a town ("Jordan Elementary", "a Palestine man", "town of Lebanon"). */
export function townCue(tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  if (next && next.sentence === tokens[j].sentence && TOWN_HEADS.has(next.normal)) return true;
  // "Atlanta-area", "the Paris-Henry County Rescue Squad" are split into tokens around the hyphen.
  if (next && next.text === '-' && tokens[j + 2]?.normal === 'area') return true;
  const prev = tokens[i - 1];
  // "Jane Doe, 36, of Lebanon": the local-news way of giving where a person lives.
  if (prev?.normal === 'of' && i >= 3 && tokens[i - 2].text === ',' && tokens[i - 3].pos === 'NUM') return true;
  if (prev?.normal === 'of' && i >= 2 && TOWN_BEFORE.has(tokens[i - 2].normal)) return true;
  if (prev && TOWN_BEFORE.has(prev.normal) && prev.normal === 'downtown') return true;
  return false;
}

/** City names that are also a US state's name: "Rego Park, New York", "upstate New York", "Washington's governor". */
export const STATE_HOMONYMS: Record<string, string> = { 'new york': 'NY', washington: 'WA' };
const STATE_SIDE = new Set(['upstate', 'western', 'northern', 'eastern', 'southern', 'central', 'rural', 'downstate']);
const STATE_OFFICES = new Set(['governor', 'gov', 'attorney', 'legislature', 'legislators', 'lawmakers', 'comptroller', 'assembly', 'senate', 'senator', 'senators', 'statehouse', 'voters', 'residents']);

/** True when a state-homonym name at i..j reads as the state; `afterTown` when it follows "Town, ". */
export function stateCue(tokens: Token[], i: number, j: number, afterTown: boolean): boolean {
  if (afterTown) return true;
  const prev = tokens[i - 1];
  if (prev && STATE_SIDE.has(prev.normal)) return true;
  let k = j + 1;
  if (tokens[k] && /^['’]s$/.test(tokens[k].text)) k++;
  const next = tokens[k];
  return !!next && next.sentence === tokens[j].sentence && STATE_OFFICES.has(next.normal.replace(/\.$/, ''));
}
