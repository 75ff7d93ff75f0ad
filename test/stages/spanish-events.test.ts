// Spanish events through the whole pipeline (our own sentences): category, modality, agent vs target, tolls, tallies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEs } from './spanish-fixture.ts';
import type { Mention } from '../../src/core/types.ts';

interface Want {
  event: string;
  trigger: string;
  modality?: string;
  mode?: string | null;
  actor?: string | null;
  recipient?: string | null;
  killed?: [string, number];
  vessels?: number;
  strikes?: number;
  arrested?: number;
  tally?: boolean;
}

function check(m: Mention | undefined, w: Want): void {
  assert.ok(m, `no ${w.event} mention "${w.trigger}"`);
  if (w.modality) assert.equal(m.modality, w.modality, 'modality');
  if (w.mode !== undefined) assert.equal(m.mode, w.mode, 'mode');
  if (w.actor !== undefined) assert.equal(m.actor?.text ?? null, w.actor, 'actor');
  if (w.recipient !== undefined) assert.equal(m.recipient?.text ?? null, w.recipient, 'recipient');
  if (w.killed) assert.deepEqual([m.quantities.killed?.bound, m.quantities.killed?.value], w.killed, 'killed');
  if (w.vessels !== undefined) assert.equal(m.quantities.vessels?.value, w.vessels, 'vessels');
  if (w.strikes !== undefined) assert.equal(m.quantities.strikes?.value, w.strikes, 'strikes');
  if (w.arrested !== undefined) assert.equal(m.quantities.arrested?.value, w.arrested, 'arrested');
  if (w.tally !== undefined) assert.equal(m.tally, w.tally, 'tally');
}

const cases: [string, Want[]][] = [
  ['Un ataque de Estados Unidos contra una lancha en el Caribe mató a cuatro personas, según el Pentágono.',
    [{ event: 'ASSAULT', trigger: 'ataque', modality: 'asserted', actor: 'Estados Unidos', recipient: 'una lancha', killed: ['exact', 4] }]],
  ['Estados Unidos atacó el lunes otra lancha y mató a tres personas, informó el Comando Sur.',
    [{ event: 'ASSAULT', trigger: 'atacó', actor: 'Estados Unidos', recipient: 'otra lancha', killed: ['exact', 3] }]],
  ['Fuerzas estadounidenses atacaron el martes una lancha en el Caribe y mataron a 11 personas, dijo Donald Trump.',
    [{ event: 'ASSAULT', trigger: 'atacaron', recipient: 'una lancha', killed: ['exact', 11] }]],
  ['La lancha fue atacada por la Armada de Colombia cerca de la costa.',
    [{ event: 'ASSAULT', trigger: 'atacada', actor: 'Armada de Colombia' }]],
  ['Un bombardeo estadounidense contra un semisumergible dejó dos muertos.',
    [{ event: 'ASSAULT', trigger: 'bombardeo', recipient: 'un semisumergible', killed: ['exact', 2] }]],
  ['Estados Unidos atacó una lancha en el Pacífico. Murieron tres tripulantes.',
    [{ event: 'ASSAULT', trigger: 'atacó', killed: ['exact', 3] }]],
  ['Estados Unidos atacó una lancha el jueves. El bombardeo dejó al menos seis muertos.',
    [{ event: 'ASSAULT', trigger: 'atacó', killed: ['at_least', 6] }]],
  ['La Armada de Colombia incautó el viernes un semisumergible con tres toneladas de cocaína.',
    [{ event: 'COERCE', trigger: 'incautó', mode: 'seize', actor: 'Armada de Colombia', recipient: 'un semisumergible' }]],
  ['Fuerzas de Estados Unidos incautaron un petrolero frente a las costas de Venezuela.',
    [{ event: 'COERCE', trigger: 'incautaron', mode: 'seize', actor: 'Fuerzas de Estados Unidos', recipient: 'un petrolero' }]],
  ['Fuerzas estadounidenses mataron a cuatro personas el martes en un ataque contra una lancha.',
    [{ event: 'ASSAULT', trigger: 'mataron', actor: 'Fuerzas estadounidenses', killed: ['exact', 4] }]],
  ['La policía de Colombia detuvo a 14 presuntos miembros del Tren de Aragua en Bogotá.',
    [{ event: 'COERCE', trigger: 'detuvo', mode: 'arrest', recipient: 'Tren de Aragua', arrested: 14 }]],
  ['El Gobierno de Venezuela denunció una agresión militar de Estados Unidos.',
    [{ event: 'ACCUSE', trigger: 'denunció', modality: 'asserted' }]],
  ['Trump anunció un bloqueo total de los petroleros sancionados que entren o salgan de Venezuela.',
    [{ event: 'SANCTION', trigger: 'bloqueo', mode: 'blockade' }]],
  ['Venezuela desplegó miles de soldados en su costa caribeña.',
    [{ event: 'MOBILIZE', trigger: 'desplegó', actor: 'Venezuela', modality: 'asserted' }]],
  ['Desde septiembre, los ataques han matado a al menos 87 personas en 22 bombardeos.',
    [{ event: 'ASSAULT', trigger: 'ataques', killed: ['at_least', 87], strikes: 22, tally: true }]],
  ['En total, las fuerzas estadounidenses han destruido treinta lanchas y matado a más de 100 personas.',
    [{ event: 'ASSAULT', trigger: 'destruido', vessels: 30, killed: ['more_than', 100], tally: true }]],
  ['No hubo víctimas en el ataque contra el puerto, dijo el ministro.',
    [{ event: 'ASSAULT', trigger: 'ataque', killed: ['exact', 0] }]],
  ['Estados Unidos podría atacar objetivos en territorio venezolano, advirtió Trump.',
    [{ event: 'ASSAULT', trigger: 'atacar', modality: 'hypothetical', actor: 'Estados Unidos', recipient: null }]],
  ['El Pentágono negó haber atacado una segunda lancha.',
    [{ event: 'ASSAULT', trigger: 'atacado', modality: 'negated' }]],
  ['¿Atacará Estados Unidos a Venezuela?',
    [{ event: 'ASSAULT', trigger: 'Atacará', modality: 'question', actor: 'Estados Unidos', recipient: 'Venezuela' }]],
  ['En 1989, Estados Unidos invadió Panamá y atacó a las fuerzas de Noriega.',
    [{ event: 'ASSAULT', trigger: 'invadió', modality: 'historical', actor: 'Estados Unidos' }, { event: 'ASSAULT', trigger: 'atacó', modality: 'historical', actor: 'Estados Unidos' }]],
  ['Si Venezuela ataca, Estados Unidos responderá.',
    [{ event: 'ASSAULT', trigger: 'ataca', modality: 'hypothetical' }]],
  ['Estados Unidos nunca atacó la embarcación, aseguró Hegseth.',
    [{ event: 'ASSAULT', trigger: 'atacó', modality: 'negated' }]],
  ['Maduro denunció que Estados Unidos prepara una invasión.',
    [{ event: 'ACCUSE', trigger: 'denunció' }, { event: 'ASSAULT', trigger: 'invasión', modality: 'hypothetical' }]],
];

for (const [text, wants] of cases) {
  test(`es events: ${text}`, () => {
    const ms = annotateEs(text).layers.mentions ?? [];
    for (const w of wants) check(ms.find((m) => m.event === w.event && m.trigger.text === w.trigger), w);
  });
}

test('es events: a speaker after the clause is never the target', () => {
  const ms = annotateEs('Estados Unidos atacó el domingo una lancha en el Caribe, dijo Pete Hegseth.').layers.mentions ?? [];
  assert.ok(ms.every((m) => m.recipient?.text !== 'Pete Hegseth'));
});

test('es events: the content of a protest is no new event; "para protestar" is the same march', () => {
  const ms = annotateEs('Miles de personas marcharon en Caracas para protestar contra los ataques.').layers.mentions ?? [];
  assert.deepEqual(ms.map((m) => `${m.event} ${m.trigger.text}`), ['PROTEST marcharon']);
});

test('es events: a participle after a noun ("petroleros sancionados") is no event of its own', () => {
  const ms = annotateEs('Trump anunció un bloqueo de los petroleros sancionados.').layers.mentions ?? [];
  assert.deepEqual(ms.map((m) => m.event), ['SANCTION']);
});

test('es events: "de acuerdo con" cites a source, it is no agreement', () => {
  const ms = annotateEs('De acuerdo con el Comando Sur, el ataque mató a tres personas.').layers.mentions ?? [];
  assert.deepEqual(ms.map((m) => m.event), ['ASSAULT']);
});

test('es events: a later "el ataque" after a tally refers to the last strike, not the tally', () => {
  const ms = annotateEs('Estados Unidos atacó una lancha el martes. Desde septiembre, los ataques han matado a 87 personas en 22 bombardeos. El ataque del martes fue el último.').layers.mentions ?? [];
  const last = ms.at(-1)!;
  assert.equal(last.corefOf, ms[0].id);
});

test('what is demanded or threatened has not happened: "pidió una investigación", "amenazó con una movilización"', () => {
  for (const text of ['El presidente Petro pidió una investigación sobre el ataque.', 'Maduro amenazó con una movilización de tropas.']) {
    const ms = annotateEs(text).layers.mentions ?? [];
    const nominal = ms.find((m) => m.event === 'ACCUSE' || m.event === 'MOBILIZE');
    assert.equal(nominal?.modality, 'hypothetical', text);
    assert.ok(ms.some((m) => (m.event === 'REQUEST' || m.event === 'THREATEN') && m.modality === 'asserted'), text);
  }
  // a definite cause is not what is asked for
  const [, attack] = annotateEs('Petro pidió explicaciones por el ataque del lunes.').layers.mentions ?? [];
  assert.equal(attack?.modality, 'asserted');
});

test('es events: "con este ataque, ya son 115 los muertos desde septiembre" is the campaign tally, not the strike', () => {
  const ms = annotateEs('Estados Unidos atacó una lancha el lunes y mató a tres personas. Con este ataque, ya son al menos 115 las personas muertas desde septiembre.').layers.mentions ?? [];
  const strike = ms.find((m) => m.trigger.text === 'atacó');
  const tally = ms.find((m) => m.tally);
  assert.equal(strike?.quantities.killed?.value, 3);
  assert.deepEqual([tally?.corefOf, tally?.quantities.killed?.bound, tally?.quantities.killed?.value], [null, 'at_least', 115]);
});
