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

// Constructions a Spanish reader checks (our own sentences): inverted subjects, passives, clitics, subjunctives, demands.
const constructions: [string, Want[]][] = [
  // verb – time – subject – object
  ['Atacó el martes la Armada de Colombia una lancha en el Pacífico.',
    [{ event: 'ASSAULT', trigger: 'Atacó', actor: 'Armada de Colombia', recipient: 'una lancha' }]],
  // passive: the subject is the target, "por X" (after a time) the actor
  ['Un pesquero fue interceptado el domingo por la Armada de Colombia.',
    [{ event: 'COERCE', trigger: 'interceptado', actor: 'Armada de Colombia', recipient: 'Un pesquero' }]],
  ['Los tripulantes fueron liberados el jueves.',
    [{ event: 'RETREAT', trigger: 'liberados', actor: null, recipient: 'Los tripulantes' }]],
  ['Venezuela fue atacada sin previo aviso.',
    [{ event: 'ASSAULT', trigger: 'atacada', actor: null, recipient: 'Venezuela' }]],
  // a noun's clause ends at its verb: who ordered the strikes is their agent, not their target
  ['Los bombardeos fueron autorizados por el presidente Donald Trump.',
    [{ event: 'ASSAULT', trigger: 'bombardeos', actor: 'Donald Trump', recipient: null }]],
  // words the lexicon lacked
  ['Maduro dijo que Estados Unidos prepara una agresión contra Venezuela.',
    [{ event: 'ASSAULT', trigger: 'agresión', modality: 'hypothetical', actor: 'Estados Unidos', recipient: 'Venezuela' }]],
  ['Estados Unidos se apoderó de un petrolero cerca de Aruba.',
    [{ event: 'COERCE', trigger: 'apoderó', mode: 'seize', actor: 'Estados Unidos', recipient: 'un petrolero' }]],
  // a subjunctive under a wish has not happened; under a condemnation it has
  ['Cabello afirmó que no permitirán que los marines invadan el país.',
    [{ event: 'ASSAULT', trigger: 'invadan', modality: 'hypothetical' }]],
  ['Petro condenó que Estados Unidos bombardeara una lancha colombiana.',
    [{ event: 'ASSAULT', trigger: 'bombardeara', modality: 'asserted' }]],
  // a demand with a time between the verb and its object
  ['Petro exigió el martes una investigación independiente.',
    [{ event: 'REQUEST', trigger: 'exigió', modality: 'asserted' }, { event: 'ACCUSE', trigger: 'investigación', modality: 'hypothetical' }]],
  // "acusó a X de … y ordenó el despliegue": a new act of the same speaker
  ['Maduro acusó a Washington de mentir y ordenó el despliegue de tropas en la costa.',
    [{ event: 'ACCUSE', trigger: 'acusó', actor: 'Maduro' }, { event: 'MOBILIZE', trigger: 'despliegue', actor: 'Maduro' }]],
  ['Maduro ordenó el despliegue de tropas en la frontera.',
    [{ event: 'MOBILIZE', trigger: 'despliegue', actor: 'Maduro' }]],
  // "negó haber atacado": the speaker denies its own act; a bare plural after "a" is the target
  ['La Casa Blanca negó haber atacado a pescadores.',
    [{ event: 'ASSAULT', trigger: 'atacado', modality: 'negated', actor: 'Casa Blanca', recipient: 'pescadores' }]],
  // a number as determiner, a measure and what it measures
  ['La Armada de Colombia detuvo a once pescadores en La Guajira.',
    [{ event: 'COERCE', trigger: 'detuvo', recipient: 'once pescadores', arrested: 11 }]],
  ['Se incautaron 3 toneladas de cocaína en el Pacífico.',
    [{ event: 'COERCE', trigger: 'incautaron', actor: null, recipient: '3 toneladas de cocaína' }]],
];

for (const [text, wants] of constructions) {
  test(`es constructions: ${text}`, () => {
    const ms = annotateEs(text).layers.mentions ?? [];
    for (const w of wants) check(ms.find((m) => m.event === w.event && m.trigger.text === w.trigger), w);
  });
}

test('es events: an object clitic ("lo abordaron") names the vessel of the previous seizure', () => {
  const ms = annotateEs('Estados Unidos se apoderó de un petrolero el martes. Los guardacostas lo abordaron cerca de Aruba.').layers.mentions ?? [];
  const board = ms.find((m) => m.trigger.text === 'abordaron');
  assert.equal(board?.event, 'COERCE');
  assert.equal(board?.recipient?.text, 'un petrolero');
});

test('es events: "abordar" a topic is no boarding; "pidieron el anonimato" is no demand', () => {
  assert.deepEqual((annotateEs('Los cancilleres abordaron la crisis en una reunión.').layers.mentions ?? []).filter((m) => m.event === 'COERCE'), []);
  const ms = annotateEs('Un ataque mató a dos personas, según funcionarios que pidieron el anonimato.').layers.mentions ?? [];
  assert.deepEqual(ms.map((m) => m.event), ['ASSAULT']);
});

test('es events: a running count opened by "con el ataque del lunes" spans "desde septiembre"', () => {
  const ms = annotateEs('Con el ataque del lunes, ya son 90 las personas muertas desde septiembre.').layers.mentions ?? [];
  const tally = ms.find((m) => m.tally);
  assert.ok(tally, 'no tally');
  assert.equal(tally.interval?.start.slice(0, 10), '2025-09-01');
  assert.equal(tally.interval?.end, null);
});

test('es events: a negation belongs to its own verb or noun ("no ha comentado las detenciones" keeps the arrests)', () => {
  const modality = (text: string, trigger: string) => (annotateEs(text).layers.mentions ?? []).find((m) => m.trigger.text === trigger)?.modality;
  assert.equal(modality('Washington no ha comentado las detenciones de sus agentes.', 'detenciones'), 'asserted');
  assert.equal(modality('Sin advertencia previa, la Armada atacó una lancha.', 'atacó'), 'asserted');
  assert.equal(modality('No se registraron nuevos ataques durante el fin de semana.', 'ataques'), 'negated');
  assert.equal(modality('Maduro no ordenó el despliegue de tropas.', 'despliegue'), 'negated');
  assert.equal(modality('Ningún buque fue atacado, dijo el ministro.', 'atacado'), 'negated');
});

test('es events: a cited verb after a comma ("…, denunció el hermano") takes no actor from the clause it cites', () => {
  const ms = annotateEs('Los militares estadounidenses lo atacaron sin advertencia, denunció el hermano de un tripulante.').layers.mentions ?? [];
  const accuse = ms.find((m) => m.trigger.text === 'denunció');
  assert.equal(accuse?.modality, 'asserted');
  assert.equal(accuse?.actor, null);
});

test('es events: plans, threats of any attack and going-to futures have not happened', () => {
  const modality = (text: string, trigger: string) => (annotateEs(text).layers.mentions ?? []).find((m) => m.trigger.text === trigger)?.modality;
  assert.equal(modality('El ministro aseguró que los detenidos planeaban atacar una refinería.', 'atacar'), 'hypothetical');
  assert.equal(modality('Maduro advirtió que cualquier ataque sería respondido.', 'ataque'), 'hypothetical');
  assert.equal(modality('Cabello dijo que Washington va a bombardear el país.', 'bombardear'), 'hypothetical');
});

test('es events: "el ataque más letal desde que comenzó la campaña" is one strike, no running count', () => {
  const ms = annotateEs('Estados Unidos bombardeó el lunes cuatro lanchas y mató a 14 personas, en el ataque más letal desde que comenzó la campaña.').layers.mentions ?? [];
  assert.ok(ms.length > 0);
  assert.ok(ms.every((m) => !m.tally));
  assert.equal(ms.find((m) => m.trigger.text === 'bombardeó')?.quantities.vessels?.value, 4);
});

test('es events: an inverted passive subject ("Fue detenido el martes un pescador") is the target', () => {
  const m = (annotateEs('Fue detenido el martes un pescador venezolano en Cartagena.').layers.mentions ?? []).find((x) => x.trigger.text === 'detenido');
  assert.equal(m?.recipient?.text, 'un pescador');
  assert.equal(m?.actor, null);
});

test('es events: a future passive and a modal after the noun have not happened; the subject of a passive keeps its "de" phrase', () => {
  const deport = (annotateEs('El capitán de la embarcación será deportado a Venezuela.').layers.mentions ?? []).find((m) => m.trigger.text === 'deportado');
  assert.equal(deport?.modality, 'hypothetical');
  assert.equal(deport?.recipient?.text, 'El capitán de la embarcación');
  const strikes = (annotateEs('Los bombardeos podrían comenzar la próxima semana.').layers.mentions ?? []).find((m) => m.trigger.text === 'bombardeos');
  assert.equal(strikes?.modality, 'hypothetical');
});

test('es events: "habrían sido detenidos" reports an arrest of "otros dos tripulantes"', () => {
  const m = (annotateEs('Otros dos tripulantes habrían sido detenidos el jueves.').layers.mentions ?? []).find((x) => x.trigger.text === 'detenidos');
  assert.equal(m?.modality, 'asserted');
  assert.equal(m?.recipient?.text, 'Otros dos tripulantes');
  assert.equal(m?.quantities.arrested?.value, 2);
});

test('es events: a noun before a verb of purpose or judgement names a fact ("el despliegue busca", "el ataque podría ser")', () => {
  const modality = (text: string, trigger: string) => (annotateEs(text).layers.mentions ?? []).find((m) => m.trigger.text === trigger)?.modality;
  assert.equal(modality('Según Cabello, el despliegue busca frenar a los grupos armados.', 'despliegue'), 'asserted');
  assert.equal(modality('Expertos dijeron que el ataque podría ser un crimen de guerra.', 'ataque'), 'asserted');
});

test('es events: "fue atacada el martes" dates the attack to that Tuesday', () => {
  const m = (annotateEs('La lancha fue atacada el martes por la Armada de Colombia.').layers.mentions ?? []).find((x) => x.trigger.text === 'atacada');
  assert.equal(m?.interval?.start.slice(0, 10), '2025-12-09');
  assert.equal(m?.intervalBy, 'time');
  assert.equal(m?.actor?.text, 'Armada de Colombia');
  assert.equal(m?.recipient?.text, 'La lancha');
});

test('es events: "atacó … y el ataque aéreo mató" is one mention that keeps the toll and the weapon', () => {
  const ms = annotateEs('Estados Unidos atacó una lancha y el ataque aéreo mató a tres personas.').layers.mentions ?? [];
  assert.deepEqual(ms.map((m) => m.trigger.text), ['atacó']);
  assert.equal(ms[0].mode, 'aerial');
  assert.equal(ms[0].quantities.killed?.value, 3);
});

test('es events: "calificó el ataque como una agresión" is an accusation, and the charge is no new attack', () => {
  const ms = annotateEs('Fuerzas de Estados Unidos atacaron una lancha el viernes. El Gobierno venezolano calificó el ataque como una agresión.').layers.mentions ?? [];
  assert.deepEqual(ms.map((m) => `${m.event} ${m.trigger.text} ${m.corefOf ?? '-'}`), ['ASSAULT atacaron -', 'ACCUSE calificó -', 'ASSAULT ataque m0']);
  // The accused is the other side of the story so far, as in English.
  assert.equal(ms[1].recipient?.code, 'USA');
  assert.deepEqual((annotateEs('Maduro calificó la reunión de éxito.').layers.mentions ?? []).filter((m) => m.event === 'ACCUSE'), []);
});

test('es events: a counted target ("a seis pescadores") and a named place before the object ("Fue detenido en Cartagena un ciudadano")', () => {
  const [a] = annotateEs('La Armada detuvo a seis pescadores.').layers.mentions ?? [];
  assert.equal(a?.recipient?.text, 'seis pescadores');
  const [b] = annotateEs('Fue detenido en Cartagena un ciudadano venezolano.').layers.mentions ?? [];
  assert.deepEqual([b?.event, b?.recipient?.text], ['COERCE', 'un ciudadano']);
  const [c] = annotateEs('La Armada detuvo en Cartagena a seis pescadores.').layers.mentions ?? [];
  assert.equal(c?.recipient?.text, 'seis pescadores');
});
