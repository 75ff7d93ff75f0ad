// fast-check generators for the reliability suite: any Unicode, report-like sentences (own wording), and junk to splice in.
import fc from 'fast-check';

/** Any string up to `max` UTF-16 units: full code points, lone surrogates, controls, NULs, combining marks. */
export function anyText(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: max }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: max }),
    fc.string({ unit: 'grapheme', maxLength: max }),
  );
}

const actors = ['The navy', 'Coast guard officials', 'A rebel group', 'The defence ministry', 'Witnesses', 'The president'];
const verbs = ['struck', 'attacked', 'seized', 'bombed', 'detained', 'denied striking', 'said it hit'];
const objects = ['a fishing boat', 'two trucks', 'an oil tanker', 'the port', 'a checkpoint'];
const places = ['near Port Elin', 'in the Gulf of Varo', 'off the coast', 'in Caracas', 'in international waters'];
const times = ['on Monday', 'on Nov. 3', 'last week', 'on 31 February 2025', 'in the year 99999', 'yesterday', 'on 2025-13-45'];
const counts = ['3', 'three', '10^40', '1e308', '99999999999999999999999999', '-7', '0.5', 'dozens of', '1,000,000,000,000,000', 'Infinity', 'NaN'];

/** A report-like paragraph from invented parts, with absurd dates and huge numbers among the choices. */
export function newsish(): fc.Arbitrary<string> {
  const sentence = fc
    .tuple(fc.constantFrom(...actors), fc.constantFrom(...verbs), fc.constantFrom(...objects), fc.constantFrom(...places), fc.constantFrom(...times), fc.constantFrom(...counts))
    .map(([a, v, o, p, t, n]) => `${a} ${v} ${o} ${p} ${t}, killing ${n} people, "according to" officials.`);
  return fc.array(sentence, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(' '));
}

/** `base` with random strings inserted at random places. */
export function withJunk(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), anyText(12)), { maxLength: 4 })).map(([s, junk]) => {
    let out = s;
    for (const [at, j] of junk) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + j + out.slice(i);
    }
    return out;
  });
}
