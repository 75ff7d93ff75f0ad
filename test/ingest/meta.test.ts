import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePublished } from '../../src/ingest/dates.ts';
import { detectLanguage } from '../../src/ingest/language.ts';
import { outletFromUrl } from '../../src/ingest/outlets.ts';
import { normaliseLanguage } from '../../src/ingest/meta.ts';
import { ingestPlainText } from '../../src/ingest/text.ts';
import { docId } from '../../src/core/ids.ts';

const NOW = { now: new Date('2026-01-01T00:00:00Z') };

test('dates: date-only stays a date, timestamps become UTC with Z', () => {
  assert.equal(normalisePublished('2025-12-30').value, '2025-12-30');
  assert.equal(normalisePublished('2025/12/30').value, '2025-12-30');
  assert.equal(normalisePublished('2025-12-30T10:15:00-05:00').value, '2025-12-30T15:15:00Z');
  assert.equal(normalisePublished('2025-12-30T10:15:00.250Z').value, '2025-12-30T10:15:00.250Z');
  assert.equal(normalisePublished('2025-12-30 10:15').value, '2025-12-30T10:15:00Z');
  assert.equal(normalisePublished(new Date('2025-12-30T00:00:00Z')).value, '2025-12-30'); // YAML date
  assert.equal(normalisePublished(new Date('2025-12-30T09:00:00Z')).value, '2025-12-30T09:00:00Z');
  assert.equal(normalisePublished(1767052800).value, '2025-12-30T00:00:00Z'); // epoch seconds
});

test('dates: written forms in several languages', () => {
  assert.equal(normalisePublished('December 30, 2025').value, '2025-12-30');
  assert.equal(normalisePublished('Tuesday, Dec. 30 2025').value, '2025-12-30');
  assert.equal(normalisePublished('30 December 2025').value, '2025-12-30');
  assert.equal(normalisePublished('30 de diciembre de 2025').value, '2025-12-30');
  assert.equal(normalisePublished('30. Dezember 2025').value, '2025-12-30');
  assert.equal(normalisePublished('Tue, 30 Dec 2025 14:05:00 GMT').value, '2025-12-30T14:05:00Z');
});

test('dates: unparseable, impossible and absurd dates give null with a warning', () => {
  for (const bad of ['yesterday', 'soon-ish', '2025-02-30', '1850-01-01', '2999-01-01', '2025-13-01T00:00:00Z', 2025]) {
    const d = normalisePublished(bad);
    assert.equal(d.value, null, String(bad));
    assert.ok(d.warning, String(bad));
  }
  assert.deepEqual(normalisePublished(undefined), { value: null });
});

test('language detector: en, es, fr, pt, de by stop words; en when unsure', () => {
  assert.equal(detectLanguage('The army said that it had moved troops to the border on Monday.'), 'en');
  assert.equal(detectLanguage('El ejército dijo que había enviado tropas a la frontera el lunes por la noche.'), 'es');
  assert.equal(detectLanguage("L'armée a déclaré qu'elle avait envoyé des troupes à la frontière pour la nuit."), 'fr');
  assert.equal(
    detectLanguage('O exército disse que enviou tropas para a fronteira na segunda-feira, segundo o governo.'),
    'pt',
  );
  assert.equal(
    detectLanguage('Die Armee sagte, dass sie am Montag Truppen an die Grenze geschickt habe und nicht abziehe.'),
    'de',
  );
  assert.equal(detectLanguage('Xyzzy plugh 42'), 'en');
  assert.equal(detectLanguage(''), 'en');
});

test('language tags are reduced to ISO 639-1', () => {
  assert.equal(normaliseLanguage('en-US'), 'en');
  assert.equal(normaliseLanguage('es_VE'), 'es');
  assert.equal(normaliseLanguage('Spanish'), 'es');
  assert.equal(normaliseLanguage('not a language'), null);
});

test('outlet from URL host: known names, parent domains, else the host', () => {
  assert.equal(outletFromUrl('https://www.nytimes.com/2025/12/29/world/x.html'), 'The New York Times');
  assert.equal(outletFromUrl('https://edition.cnn.com/x'), 'CNN');
  assert.equal(outletFromUrl('https://news.bbc.co.uk/x'), 'BBC');
  assert.equal(outletFromUrl('https://www.small-paper.example/x'), 'small-paper.example');
  assert.equal(outletFromUrl('not a url'), null);
});

test('idempotent id: line endings, trailing spaces and Unicode form do not change it', () => {
  const a = ingestPlainText('A ship was stopped at sea.\nThe crew was detained.\n', 'a.txt', NOW);
  const b = ingestPlainText('A ship was stopped at sea.  \r\nThe crew was detained.\t\r\n\r\n', 'b.txt', NOW);
  const c = ingestPlainText('\n\nA ship was stopped at sea.\rThe crew was detained.', 'c.txt', NOW);
  assert.ok(a.ok && b.ok && c.ok);
  assert.equal(a.input.meta.id, b.input.meta.id);
  assert.equal(a.input.meta.id, c.input.meta.id);
  assert.equal(a.input.meta.id, docId(a.input.text));
  const titled = [
    'Port closed\nShips wait offshore.',
    'Port closed\r\nShips wait offshore. ',
    'Port closed\rShips wait offshore.',
  ];
  const ids = titled.map((t) => {
    const r = ingestPlainText(t, 't.txt', NOW);
    return r.ok && r.input.meta.id + ' ' + r.input.meta.title;
  });
  assert.equal(new Set(ids).size, 1, ids.join(' | '));
  const nfd = ingestPlainText('Cafe\u0301 owners were evacuated.', 'd.txt', NOW);
  const nfc = ingestPlainText('Caf\u00e9 owners were evacuated.', 'e.txt', NOW);
  assert.ok(nfd.ok && nfc.ok);
  assert.equal(nfd.input.meta.id, nfc.input.meta.id);
  assert.equal(nfd.input.text, nfc.input.text);
});
