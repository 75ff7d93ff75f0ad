// Spanish attribution (our own sentences): sources by "según", "de acuerdo con", reporting verbs; stances; hedges; no comment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEs } from './spanish-fixture.ts';

interface Want { trigger: string; stance: string; source: string | RegExp | null; cue?: string; hedges?: string[] }

const cases: [string, Want][] = [
  ['Estados Unidos atacó una lancha en el Caribe, informó el Ministerio de Defensa.', { trigger: 'atacó', stance: 'asserted', source: /^Ministry of Defen[cs]e\b/, cue: 'informó' }],
  ['La lancha fue atacada el martes, dijo el Ministerio de Defensa de Venezuela.', { trigger: 'atacada', stance: 'asserted', source: 'Ministry of Defense of Venezuela', cue: 'dijo' }],
  ['El Ministerio de Defensa de Venezuela denunció que el ataque fue una agresión.', { trigger: 'denunció', stance: 'alleged', source: 'Ministry of Defense of Venezuela' }],
  ['Según el Ministerio de Defensa, la lancha fue atacada el martes.', { trigger: 'atacada', stance: 'asserted', source: /^Ministry of Defen[cs]e\b/, cue: 'según' }],
  ['De acuerdo con fuentes militares, el ataque dejó cinco muertos.', { trigger: 'ataque', stance: 'asserted', source: 'fuentes militares', cue: 'de acuerdo con' }],
  ['El ministro de Defensa, Vladimir Padrino, aseguró que Estados Unidos atacó una lancha venezolana.', { trigger: 'atacó', stance: 'asserted', source: 'Vladimir Padrino López', cue: 'aseguró' }],
  ['Hegseth confirmó que Estados Unidos atacó otra lancha.', { trigger: 'atacó', stance: 'confirmed', source: 'Pete Hegseth', cue: 'confirmó' }],
  ['El Pentágono negó que Estados Unidos atacara una segunda lancha.', { trigger: 'atacara', stance: 'denied', source: 'Department of Defense', cue: 'negó' }],
  ['Estados Unidos atacó una lancha el lunes. El Comando Sur no respondió a solicitudes de comentario sobre el ataque.', { trigger: 'atacó', stance: 'no_comment', source: 'United States Southern Command' }],
  ['Al parecer, fuerzas estadounidenses incautaron otro petrolero.', { trigger: 'incautaron', stance: 'asserted', source: null, hedges: ['al parecer'] }],
  ['Las autoridades colombianas presuntamente detuvieron a cinco pescadores.', { trigger: 'detuvieron', stance: 'asserted', source: null, hedges: ['presuntamente'] }],
  ['Supuestamente, la lancha transportaba drogas cuando fue atacada.', { trigger: 'atacada', stance: 'asserted', source: null, hedges: ['supuestamente'] }],
  ['Fuentes del Gobierno, bajo condición de anonimato, dijeron que el ataque mató a dos personas.', { trigger: 'ataque', stance: 'asserted', source: 'anonymous Fuentes del Gobierno', cue: 'dijeron' }],
];

for (const [text, w] of cases) {
  test(`es claims: ${text}`, () => {
    const doc = annotateEs(text);
    const m = (doc.layers.mentions ?? []).find((x) => x.trigger.text === w.trigger);
    assert.ok(m, `no mention "${w.trigger}"`);
    // A source named by a generic institution ("el Ministerio de Defensa") is the coded actor's name; its country comes from context.
    const sourceOk = (s: string | null) => (w.source instanceof RegExp ? !!s && w.source.test(s) : s === w.source);
    const claims = (doc.layers.claims ?? []).filter((c) => c.mention === m.id && c.stance === w.stance && sourceOk(c.source));
    assert.ok(claims.length, `no ${w.stance} claim by ${w.source}: ${JSON.stringify(doc.layers.claims)}`);
    if (w.cue) assert.ok(claims.some((c) => c.cue === w.cue), 'cue');
    if (w.hedges) assert.deepEqual(claims[0].hedges, w.hedges);
  });
}

test('es claims: a hedge in a relative clause hedges the description, not the attack', () => {
  const doc = annotateEs('Estados Unidos atacó una lancha que supuestamente transportaba drogas.');
  assert.ok((doc.layers.claims ?? []).every((c) => c.hedges.length === 0));
});
