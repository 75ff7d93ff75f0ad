import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, TimeExpr } from '../../src/core/types.ts';
import { extractTimes, timeStage } from '../../src/stages/time.ts';
import { weekOf, parseReference, seasonOf } from '../../src/stages/time-calendar.ts';

const PUB = '2025-12-30T09:00:00-05:00'; // a Tuesday

function find(text: string, span: string, ref: string | null = PUB, lang = 'en'): TimeExpr {
  const all = extractTimes(text, ref, lang);
  const t = all.find((x) => x.text === span);
  assert.ok(t, `no time "${span}" in ${JSON.stringify(all.map((x) => x.text))}`);
  assert.equal(text.slice(t.start, t.end), t.text);
  return t;
}
const iv = (t: TimeExpr) => (t.interval ? `${t.interval.start}..${t.interval.end} ${t.interval.granularity}` : null);

// ---------- calendar ----------

test('ISO weeks run Monday to Sunday and cross years', () => {
  assert.equal(weekOf(parseReference('2025-12-30')!).value, '2026-W01');
  assert.equal(weekOf(parseReference('2025-12-24')!).value, '2025-W52');
  assert.equal(weekOf(parseReference('2021-01-03')!).value, '2020-W53');
});

test('winter runs December to February', () => {
  assert.deepEqual(seasonOf(2025, 'WI').interval, { start: '2025-12-01', end: '2026-02-28', granularity: 'season' });
});

// ---------- English, resolved against 2025-12-30 ----------

test('"last week" is the previous ISO week', () => {
  const t = find('Rebels shelled the town last week.', 'last week');
  assert.equal(t.value, '2025-W52');
  assert.equal(iv(t), '2025-12-22..2025-12-28 week');
  assert.equal(t.type, 'DATE');
});

test('"this week" and "next week"', () => {
  assert.equal(find('Talks resumed this week.', 'this week').value, '2026-W01');
  assert.equal(iv(find('The envoy arrives next week.', 'next week')), '2026-01-05..2026-01-11 week');
});

test('a weekday in past reporting resolves to the most recent one', () => {
  const t = find('The minister confirmed Monday that two patrol boats were lost.', 'Monday');
  assert.equal(t.value, '2025-12-29');
  assert.equal(iv(t), '2025-12-29..2025-12-29 day');
  assert.equal(t.direction, 'past');
});

test('"on Friday" in past reporting goes back to the previous Friday', () => {
  assert.equal(find('Protesters gathered outside the embassy on Friday.', 'Friday').value, '2025-12-26');
});

test('a weekday in a future clause resolves forward', () => {
  assert.equal(find('The council will vote on Friday.', 'Friday').value, '2026-01-02');
  assert.equal(find('The court is expected to rule on Thursday.', 'Thursday').value, '2026-01-01');
});

test('past and future weekdays in one sentence follow their nearest verb', () => {
  const all = extractTimes('The spokesman said Sunday that the convoy will leave Wednesday.', PUB, 'en');
  assert.deepEqual(all.map((t) => t.value), ['2025-12-28', '2025-12-31']);
});

test('"next Monday" and "last Monday"', () => {
  assert.equal(find('Officials meet next Monday.', 'next Monday').value, '2026-01-05');
  assert.equal(find('It rained last Monday.', 'last Monday').value, '2025-12-29');
});

test('"late Monday" and "Monday night" stay at day granularity', () => {
  const late = find('The vessel was hit late Monday.', 'late Monday');
  assert.equal(late.value, '2025-12-29');
  assert.equal(late.mod, 'END');
  assert.equal(late.interval!.granularity, 'day');
  const night = find('Explosions were heard Monday night.', 'Monday night');
  assert.equal(night.type, 'TIME');
  assert.equal(night.value, '2025-12-29TNI');
  assert.equal(iv(night), '2025-12-29..2025-12-29 day');
});

test('yesterday, today, tonight, last night', () => {
  assert.equal(find('Fighting stopped yesterday.', 'yesterday').value, '2025-12-29');
  assert.equal(find('Aid reached the port today.', 'today').value, '2025-12-30');
  assert.equal(find('A curfew starts tonight.', 'tonight').value, '2025-12-30TNI');
  assert.equal(find('Sirens sounded last night.', 'last night').value, '2025-12-29TNI');
});

test('"earlier this month" keeps the part of the month before publication', () => {
  const t = find('Earlier this month the navy seized a tanker.', 'Earlier this month');
  assert.equal(t.value, '2025-12');
  assert.equal(iv(t), '2025-12-01..2025-12-29 month');
});

test('"earlier this year" and "last month"', () => {
  assert.equal(iv(find('Prices rose earlier this year.', 'earlier this year')), '2025-01-01..2025-12-29 year');
  assert.equal(find('Exports fell last month.', 'last month').value, '2025-11');
});

test('"in October" is the most recent October before publication', () => {
  const t = find('The blockade began in October.', 'October');
  assert.equal(t.value, '2025-10');
  assert.equal(iv(t), '2025-10-01..2025-10-31 month');
});

test('a month in a future clause is the next one', () => {
  assert.equal(find('Elections will be held in March.', 'March').value, '2026-03');
});

test('"on Oct. 23" and "Sept. 2" come from chrono with the past year', () => {
  const t = find('The first raid took place on Oct. 23.', 'Oct. 23');
  assert.equal(t.value, '2025-10-23');
  assert.equal(t.by, 'chrono');
  assert.equal(find('Patrols have grown since the raid of Sept. 2.', 'Sept. 2').value, '2025-09-02');
});

test('an absolute date with a year', () => {
  const t = find('The accord was signed on October 23, 2025, in Geneva.', 'October 23, 2025');
  assert.equal(t.value, '2025-10-23');
  assert.equal(iv(t), '2025-10-23..2025-10-23 day');
});

test('a day range', () => {
  assert.equal(iv(find('Drills ran from Nov. 3 to 7.', 'Nov. 3 to 7')), '2025-11-03..2025-11-07 day');
});

test('a weekday followed by its date becomes one expression', () => {
  const t = find('The ship docked on Monday, Dec. 29, at dawn.', 'Monday, Dec. 29');
  assert.equal(t.value, '2025-12-29');
});

test('"in recent weeks" is an open interval of four weeks up to publication', () => {
  const t = find('Two tankers were stopped in recent weeks.', 'recent weeks');
  assert.equal(t.value, 'PAST_REF');
  assert.equal(iv(t), '2025-12-02..2025-12-30 open');
  assert.equal(t.by, 'recent-weeks');
});

test('"for several weeks" is a vague duration ending at publication', () => {
  const t = find('For several weeks, the general has been threatening new raids.', 'several weeks');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'PXW');
  assert.equal(t.interval!.end, '2025-12-30');
  assert.equal(t.interval!.granularity, 'open');
});

test('"for three weeks" is P3W', () => {
  const t = find('The port has been closed for three weeks.', 'three weeks');
  assert.equal(t.value, 'P3W');
  assert.equal(iv(t), '2025-12-09..2025-12-30 open');
});

test('a duration in past narrative gets no interval', () => {
  assert.equal(find('He was detained for three weeks in 2019.', 'three weeks').interval, null);
});

test('a future duration starts at publication', () => {
  assert.equal(iv(find('The ceasefire will last for two weeks.', 'two weeks')), '2025-12-30..2026-01-13 open');
});

test('"since mid-year" is open from 1 July', () => {
  const t = find('Since mid-year, warships have patrolled the coast.', 'Since mid-year');
  assert.deepEqual(t.interval, { start: '2025-07-01', end: null, granularity: 'open' });
  assert.equal(t.by, 'since+period-part');
});

test('"since September" and "since Sept. 2" are open intervals', () => {
  assert.deepEqual(find('Flights have been suspended since September.', 'since September').interval, { start: '2025-09-01', end: null, granularity: 'open' });
  assert.deepEqual(find('No ship has left since Sept. 2.', 'since Sept. 2').interval, { start: '2025-09-02', end: null, granularity: 'open' });
});

test('"since" forces the past year for a date near the new year', () => {
  assert.equal(find('Shelling has continued since Dec. 28.', 'since Dec. 28').interval!.start, '2025-12-28');
  assert.equal(find('Talks have stalled since Jan. 5.', 'since Jan. 5').interval!.start, '2025-01-05');
});

test('"in the past month" is a duration up to publication', () => {
  const t = find('Attacks doubled in the past month.', 'the past month');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P1M');
  assert.equal(iv(t), '2025-11-30..2025-12-30 open');
});

test('clock times: "10 a.m. local time" is a TIME on the day named', () => {
  const t = find('The strike hit at 10 a.m. local time on Monday.', '10 a.m. local time on Monday');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2025-12-29T10:00');
  const bare = find('Shooting began at 3:30 p.m.', '3:30 p.m.');
  assert.equal(bare.value, '2025-12-30T15:30');
});

test('durations: "three days", "48 hours", "a decade"', () => {
  assert.equal(find('The siege lasted three days.', 'three days').value, 'P3D');
  assert.equal(find('Rescuers searched for 48 hours.', '48 hours').value, 'PT48H');
  assert.equal(find('The feud has run for more than a decade.', 'more than a decade').mod, 'MORE_THAN');
  assert.equal(find('A three-day truce held.', 'three-day').value, 'P3D');
});

test('sets: "every week", "daily", "twice a month", "on Sundays"', () => {
  const w = find('Convoys cross every week.', 'every week');
  assert.equal(w.type, 'SET');
  assert.equal(w.value, 'P1W');
  assert.equal(find('Rations arrive daily.', 'daily').value, 'P1D');
  assert.equal(find('Envoys meet twice a month.', 'twice a month').value, 'P1M');
  assert.equal(find('The market closes on Sundays.', 'Sundays').value, 'XXXX-WXX-7');
});

test('"ago" phrases are dates at the unit\'s granularity', () => {
  assert.equal(find('The mine exploded three days ago.', 'three days ago').value, '2025-12-27');
  assert.equal(find('She fled two years ago.', 'two years ago').value, '2023');
  assert.equal(find('They met several years ago.', 'several years ago').value, 'PAST_REF');
});

test('years, decades, quarters, seasons', () => {
  assert.equal(find('The treaty lapsed in 2019.', '2019').value, '2019');
  assert.equal(find('Cartels grew in the 1990s.', '1990s').value, '199');
  assert.equal(find('Output fell in the third quarter.', 'the third quarter').value, '2025-Q3');
  assert.equal(find('Output rose in Q2 2024.', 'Q2 2024').value, '2024-Q2');
  assert.equal(find('Storms hit last summer.', 'last summer').value, '2025-SU');
  assert.equal(find('The base was built in the winter of 2021.', 'the winter of 2021').value, '2021-WI');
});

test('"mid-December", "early 2024", "the end of the year"', () => {
  const mid = find('Strikes resumed in mid-December.', 'mid-December');
  assert.equal(mid.value, '2025-12');
  assert.equal(mid.mod, 'MID');
  assert.equal(iv(mid), '2025-12-11..2025-12-21 month');
  assert.equal(iv(find('Work began in early 2024.', 'early 2024')), '2024-01-01..2024-04-30 year');
  assert.equal(find('Troops leave by the end of the year.', 'the end of the year').mod, 'END');
});

test('a year before a noun: "the 2024 election"', () => {
  assert.equal(find('He lost the 2024 election.', '2024').value, '2024');
});

test('"now" and "recently" are references', () => {
  assert.equal(find('The border is now closed.', 'now').value, 'PRESENT_REF');
  assert.equal(find('Militias recently moved south.', 'recently').value, 'PAST_REF');
});

test('narrative-anchored days are kept unresolved', () => {
  const t = find('The boat sank; the next day divers found debris.', 'the next day');
  assert.equal(t.value, 'XXXX-XX-XX');
  assert.equal(t.interval, null);
});

// ---------- negatives ----------

test('no times for bare numbers, model names, modal "may", a march, the Sun', () => {
  const text = 'The MQ-9 flew 1,200 kilometres; 2019 people may march. A protest march passed The Sun offices. He said 30 of 100 boats.';
  assert.deepEqual(extractTimes(text, PUB, 'en'), []);
});

test('a bare clock number and a fraction are not times', () => {
  assert.deepEqual(extractTimes('At 5 of the sites, 1/2 of the crews stayed.', PUB, 'en'), []);
});

test('"The Daily Telegraph" is not a set', () => {
  assert.deepEqual(extractTimes('He told The Daily Telegraph it was over.', PUB, 'en'), []);
});

// ---------- unresolved (no publication date) ----------

test('without a reference, relative expressions keep X values and no interval', () => {
  const text = 'Rebels struck last week and again on Monday; yesterday the army replied; in October and on Oct. 23 talks failed.';
  const all = extractTimes(text, null, 'en');
  assert.deepEqual(all.map((t) => [t.text, t.value, t.interval]), [
    ['last week', 'XXXX-WXX', null],
    ['Monday', 'XXXX-WXX-1', null],
    ['yesterday', 'XXXX-XX-XX', null],
    ['October', 'XXXX-10', null],
    ['Oct. 23', 'XXXX-10-23', null],
  ]);
});

test('without a reference, absolute dates still resolve and durations keep their value', () => {
  const all = extractTimes('The deal of October 23, 2025 held for several weeks.', null, 'en');
  assert.equal(all[0].value, '2025-10-23');
  assert.equal(iv(all[0]), '2025-10-23..2025-10-23 day');
  assert.equal(all[1].value, 'PXW');
  assert.equal(all[1].interval, null);
});

test('without a reference, "since mid-year" stays unresolved', () => {
  const t = find('Since mid-year the fleet has grown.', 'Since mid-year', null);
  assert.equal(t.value, 'XXXX');
  assert.equal(t.interval, null);
});

// ---------- Spanish ----------

const es = (text: string, span: string, ref: string | null = PUB) => find(text, span, ref, 'es');

test('es: "la semana pasada", "el lunes", "ayer"', () => {
  assert.equal(iv(es('La marina atacó un muelle la semana pasada.', 'la semana pasada')), '2025-12-22..2025-12-28 week');
  assert.equal(es('El ministro confirmó el lunes la operación.', 'el lunes').value, '2025-12-29');
  assert.equal(es('Ayer hubo disparos en el puerto.', 'Ayer').value, '2025-12-29');
});

test('es: future weekday and "mañana"', () => {
  assert.equal(es('El consejo votará el viernes.', 'el viernes').value, '2026-01-02');
  assert.equal(es('Mañana llegará la ayuda.', 'Mañana').value, '2025-12-31');
  assert.deepEqual(extractTimes('Por la mañana llovió.', PUB, 'es'), []);
});

test('es: "desde mediados de año" and "desde septiembre" are open', () => {
  assert.deepEqual(es('Desde mediados de año, la flota patrulla la costa.', 'Desde mediados de año').interval, { start: '2025-07-01', end: null, granularity: 'open' });
  assert.deepEqual(es('Los vuelos están suspendidos desde septiembre.', 'desde septiembre').interval, { start: '2025-09-01', end: null, granularity: 'open' });
});

test('es: "en las últimas semanas" and "durante varias semanas"', () => {
  assert.equal(iv(es('Se incautaron dos buques en las últimas semanas.', 'las últimas semanas')), '2025-12-02..2025-12-30 open');
  const d = es('Durante varias semanas, el gobierno ha advertido de ataques.', 'varias semanas');
  assert.equal(d.value, 'PXW');
  assert.equal(d.interval!.end, '2025-12-30');
});

test('es: "el 23 de octubre" and "a principios de este mes"', () => {
  assert.equal(es('El ataque ocurrió el 23 de octubre.', '23 de octubre').value, '2025-10-23');
  const t = es('A principios de este mes se firmó el acuerdo.', 'principios de este mes');
  assert.equal(t.mod, 'START');
  assert.equal(iv(t), '2025-12-01..2025-12-10 month');
});

test('es: "hace tres días", "a las 10 de la mañana", "cada semana", "los años 90"', () => {
  assert.equal(es('El buque zarpó hace tres días.', 'hace tres días').value, '2025-12-27');
  assert.equal(es('La reunión empezó a las 10 de la mañana.', '10 de la mañana').value, '2025-12-30T10:00');
  assert.equal(es('Los convoyes cruzan cada semana.', 'cada semana').value, 'P1W');
  assert.equal(es('El cartel creció en los años 90.', 'los años 90').value, '199');
});

test('es: unresolved without a reference', () => {
  const all = extractTimes('La semana pasada y el lunes hubo ataques.', null, 'es');
  assert.deepEqual(all.map((t) => [t.value, t.interval]), [['XXXX-WXX', null], ['XXXX-WXX-1', null]]);
});

// ---------- stage ----------

test('the stage reads ctx.referenceTime and reports a bad one as a message', () => {
  const doc: Doc = { meta: {} as Doc['meta'], text: 'Troops moved in last week.', layers: { sentences: [{ start: 0, end: 26 }] }, messages: [] };
  timeStage.run(doc, { referenceTime: 'not a date', language: 'en' });
  assert.equal(doc.messages.length, 1);
  assert.equal(doc.layers.times![0].value, 'XXXX-WXX');
  timeStage.run(doc, { referenceTime: PUB, language: 'en' });
  assert.equal(doc.layers.times![0].value, '2025-W52');
});

test('the same input gives the same output', () => {
  const text = 'Since mid-year, patrols have grown; on Monday a boat was hit at 10 a.m.';
  assert.deepEqual(extractTimes(text, PUB, 'en'), extractTimes(text, PUB, 'en'));
});
