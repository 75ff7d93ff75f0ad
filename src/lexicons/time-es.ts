// Spanish words the time stage reads: months, weekdays, units, numbers, seasons, tense cues.

export const ES_MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

export const ES_WEEKDAYS: Record<string, number> = {
  lunes: 1, martes: 2, 'miércoles': 3, miercoles: 3, jueves: 4, viernes: 5, 'sábado': 6, sabado: 6, domingo: 7,
};

export const ES_UNITS: Record<string, string> = {
  segundo: 'S', minuto: 'M', hora: 'H', 'día': 'D', dia: 'D', semana: 'W', mes: 'M', meses: 'M', 'año': 'Y', 'década': 'DE',
};

export const ES_NUMBERS: Record<string, number> = {
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
};

export const ES_VAGUE: Record<string, number> = { varias: 3, varios: 3, algunas: 3, algunos: 3, pocas: 3, pocos: 3, muchas: 6, muchos: 6 };

export const ES_SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  primavera: 'SP', verano: 'SU', 'otoño': 'FA', invierno: 'WI',
};

export const ES_FUTURE_CUES =
  'va a|van a|vamos a|próxim[oa]s?|previst[oa]s?|prevé|tiene previsto|planea|\\p{L}+(?:ará|erá|irá|arán|erán|irán)';

export const ES_PAST_CUES =
  'dijo|afirmó|confirmó|anunció|informó|fue|fueron|era|había|hubo|ayer|pasad[oa]|\\p{L}+(?:ó|aron|ieron|ado|ido)';
