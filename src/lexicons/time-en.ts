// English words the time stage reads: months, weekdays, units, numbers, seasons, tense cues.

export const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names that are also common words ("may" the modal, "march" the noun): need a date-like context. */
export const EN_AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'dec', 'oct', 'nov', 'feb', 'apr']);

export const EN_WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const EN_UNITS: Record<string, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', night: 'D', week: 'W', weekend: 'WE', fortnight: '2W',
  month: 'M', year: 'Y', decade: 'DE', century: 'CE',
};

export const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, couple: 2, 'a half': 0.5, half: 0.5,
};

/** Vague quantities: TIMEX3 writes them as X ("PXW"); the number is what the interval assumes. */
export const EN_VAGUE: Record<string, number> = {
  several: 3, 'a few': 3, few: 3, many: 6, some: 3, 'a number of': 3, numerous: 6,
};

export const EN_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const EN_SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const EN_PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Words that put a clause in the future. */
export const EN_FUTURE_CUES =
  "will|won't|shall|'ll|going to|expected to|scheduled|slated|due to|plans? to|planned|set to|intends? to|aims? to|upcoming|would|next|later this|is to|are to";

/** Words that put a clause in the past (besides "-ed" forms, checked separately). */
export const EN_PAST_CUES =
  'said|told|was|were|had|did|confirmed|announced|reported|struck|hit|began|went|came|took|made|met|spoke|wrote|gave|left|fled|sent|held|led|saw|found|fell|rose|won|lost|broke|shot|killed|seized|sank';
