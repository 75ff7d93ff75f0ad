// Generates a deterministic corpus of synthetic reports (~600 words each) for benchmarks.
const actors = ['The Pentagon', 'US officials', 'The Venezuelan government', 'Colombian authorities', 'The White House', 'Southern Command'];
const verbs = ['struck', 'attacked', 'seized', 'deployed troops near', 'condemned', 'warned'];
const targets = ['a fishing boat', 'a vessel', 'two speedboats', 'an oil tanker', 'a dock', 'a coastal airstrip'];
const places = ['the Caribbean', 'the eastern Pacific', 'Venezuela', 'international waters', 'Caracas', 'the coast of Colombia'];
const times = ['last week', 'on Monday', 'on Oct. 14', 'in recent weeks', 'yesterday', 'since September'];
const fillers = [
  'Analysts said the campaign had raised tensions across the region.',
  'The ministry did not respond to a request for comment on Tuesday.',
  '"We will defend our waters," the minister told reporters in the capital.',
  'According to the newspaper, at least 4 people were killed and 2 were injured.',
  'The operation could expand to targets on land, officials warned.',
  'Residents described hearing a loud blast shortly before dawn.',
];

/** A small seeded PRNG so the corpus is identical on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generateCorpus(n: number, seed = 42): { id: string; text: string; published: string }[] {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    let words = 0;
    while (words < 600) {
      const s =
        r() < 0.5
          ? `${pick(actors)} ${pick(verbs)} ${pick(targets)} in ${pick(places)} ${pick(times)}, killing ${Math.floor(r() * 12)} people.`
          : pick(fillers);
      parts.push(s);
      words += s.split(' ').length;
    }
    const day = 1 + Math.floor(r() * 28);
    out.push({ id: `bench-${i}`, text: parts.join(' '), published: `2025-11-${String(day).padStart(2, '0')}` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// A newsroom-like corpus for the scale benchmarks: happenings spread over a year, each told by several reports
// (published 0–3 days later, with explicit, weekday or vague dates), plus background and filler. About 250–450
// words and 4–10 event mentions per report, as in real wire copy (the generator above is ~48 mentions per report).

interface Happening {
  day: number;
  kind: number;
  actor: string;
  target: string;
  place: string;
  killed: number;
}

const KINDS: { lead: (h: Happening) => string; follow: string[] }[] = [
  {
    lead: (h) => `${h.actor} carried out a strike on ${h.target} in ${h.place}`,
    follow: ['The strike was the latest in a series of attacks on boats in the region.', 'Officials said the boat had been tracked for days before the attack.'],
  },
  {
    lead: (h) => `${h.actor} seized ${h.target} off ${h.place}`,
    follow: ['The crew was detained and the cargo was impounded.', 'The seizure drew a sharp protest from the shipping company.'],
  },
  {
    lead: (h) => `${h.actor} deployed warships and drones to ${h.place}`,
    follow: ['The deployment includes several MQ-9 Reaper drones and a destroyer.', 'The buildup is the largest in the region in decades.'],
  },
  {
    lead: (h) => `${h.actor} accused Washington of provocation over the operations in ${h.place}`,
    follow: ['The foreign ministry called the operations a violation of sovereignty.', 'Diplomats said the accusation was read out on state television.'],
  },
  {
    lead: (h) => `thousands of people protested in ${h.place} against the military operations`,
    follow: ['Protesters marched to the embassy carrying banners.', 'Police said the demonstration ended peacefully in the evening.'],
  },
  {
    lead: (h) => `${h.actor} met envoys in ${h.place} to discuss the maritime crisis`,
    follow: ['The talks lasted several hours, according to the mediators.', 'Both sides agreed to meet again next month.'],
  },
];
const ACTORS2 = ['The Pentagon', 'The US military', 'Southern Command', 'The CIA', 'The Venezuelan government', 'The Colombian navy', 'Mexican authorities', 'The government of Ecuador'];
const TARGETS2 = ['a fishing boat', 'a speedboat', 'two small vessels', 'an oil tanker', 'a semi-submersible', 'a cargo ship', 'a dock'];
const PLACES2 = ['the Caribbean', 'the eastern Pacific', 'Venezuela', 'Colombia', 'the Gulf of Venezuela', 'Trinidad and Tobago', 'Ecuador', 'Honduras', 'Panama', 'the coast of Colombia', 'Caracas', 'Bogotá'];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'the New York Times', 'El País', 'the BBC'];
const FILLERS2 = [
  'The ministry did not respond to a request for comment.',
  'Analysts said the campaign had raised tensions across the region.',
  'Residents described hearing a loud blast shortly before dawn.',
  'Shipping companies said insurance costs for vessels in the area had risen sharply over the past month.',
  'Fishermen in the area said they had stopped going out at night.',
  'The coastline stretches for more than two thousand kilometres and is dotted with small fishing villages.',
  'Oil exports account for most of the country\'s foreign earnings, and output has fallen for several years.',
  'The port handles much of the region\'s container traffic and employs several thousand people.',
  'Weather in the area was calm, with light winds and good visibility, according to local forecasters.',
  'Local radio stations carried the news throughout the morning, and several newspapers printed special editions.',
  'The region has a long history of smuggling, and coastal towns depend heavily on trade across the water.',
  'Economists expect the currency to remain under pressure while the uncertainty lasts.',
  'Airlines kept their schedules unchanged, and the main airport remained open to traffic.',
  'Schools and shops in the capital opened as usual, and traffic was normal in the centre of the city.',
  'The navy maintains a base on the island, which lies a short distance from the mainland.',
  'Prices of fuel and basic goods have climbed steadily in recent months, according to official figures.',
  'A spokesperson for the shipping registry said the records of the vessel were being reviewed.',
  'The legislature is due to hold its next session at the end of the month.',
  'Satellite images published by a private company showed several ships anchored near the harbour.',
  'The population of the coastal province is about one million, most of them living in two cities.',
  'Tourism, once a major source of income for the islands, has not recovered to earlier levels.',
  'The foreign minister is expected to travel abroad later in the week for a scheduled regional summit.',
];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = 86_400_000;
const YEAR_START = Date.UTC(2025, 0, 1);

function isoDay(day: number): string {
  return new Date(YEAR_START + day * DAY).toISOString().slice(0, 10);
}

/** How a report published `lag` days after the happening dates it. */
function when(day: number, lag: number, r: () => number): string {
  const d = new Date(YEAR_START + day * DAY);
  const x = r();
  if (lag === 0 && x < 0.3) return 'today';
  if (lag === 1 && x < 0.4) return 'yesterday';
  if (lag <= 5 && x < 0.7) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  if (x < 0.9) return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return 'last week';
}

export function generateReports(n: number, seed = 42): { id: string; text: string; published: string; outlet: string }[] {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  // ~3 reports per happening; happenings spread evenly over 365 days
  const happenings: Happening[] = Array.from({ length: Math.max(1, Math.round(n / 3)) }, () => ({
    day: Math.floor(r() * 362),
    kind: Math.floor(r() * KINDS.length),
    actor: pick(ACTORS2),
    target: pick(TARGETS2),
    place: pick(PLACES2),
    killed: Math.floor(r() * 9),
  }));
  happenings.sort((a, b) => a.day - b.day);
  const out = [];
  for (let i = 0; i < n; i++) {
    const hi = Math.floor(r() * happenings.length);
    const h = happenings[hi];
    const lag = Math.floor(r() * 4);
    const published = h.day + lag;
    const k = KINDS[h.kind];
    const outlet = pick(OUTLETS);
    const parts: string[] = [];
    const lead = k.lead(h);
    parts.push(`${lead[0].toUpperCase()}${lead.slice(1)} ${when(h.day, lag, r)}, ${r() < 0.5 ? 'officials said' : `${outlet} reported`}.`);
    if (h.kind === 0 && h.killed > 0) {
      const toll = r() < 0.1 ? h.killed + 1 : h.killed; // a tenth of reports give a different toll
      parts.push(`${r() < 0.5 ? 'At least' : 'The attack killed'} ${toll} ${r() < 0.5 ? 'people' : 'crew members'}${r() < 0.5 ? ' were killed' : ''}, according to the military.`.replace('The attack killed 1 people', 'The attack killed one person'));
    }
    parts.push(...k.follow.filter(() => r() < 0.7));
    // background: an earlier happening, dated explicitly
    for (let b = 0, nb = Math.floor(r() * 3); b < nb; b++) {
      const e = happenings[Math.max(0, hi - 1 - Math.floor(r() * 40))];
      if (e === h || e.day >= h.day) continue;
      const d = new Date(YEAR_START + e.day * DAY);
      const bl = KINDS[e.kind].lead(e);
      parts.push(`On ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${bl[0].toLowerCase()}${bl.slice(1)}.`);
    }
    if (r() < 0.5) parts.push(`"We will defend our waters and our people," a spokesman for the ${pick(['navy', 'defence ministry', 'government'])} said.`);
    if (r() < 0.15) parts.push('Since September, the strikes have killed more than 80 people in 20 attacks, according to a tally of official statements.');
    const fill = [...FILLERS2];
    for (let target = 220 + Math.floor(r() * 180); fill.length && parts.join(' ').split(' ').length < target; )
      parts.push(fill.splice(Math.floor(r() * fill.length), 1)[0]);
    out.push({ id: `report-${i}`, text: parts.join(' '), published: isoDay(published), outlet });
  }
  return out;
}
