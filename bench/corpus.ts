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
