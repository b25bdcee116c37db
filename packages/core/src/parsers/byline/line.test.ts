import { describe, expect, it } from 'vitest';
import { parseBylineLine } from './line.js';

describe('parseBylineLine', () => {
  const rows: Array<[string, string[] | null]> = [
    ['By Jean-Loup Fournier and Mark O’Dell, Reuters', ['Jean-Loup Fournier', 'Mark O’Dell']],
    ['By Sam al-Rawi, AFP', ['Sam al-Rawi']],
    ['Reporting by Ana Lima. Editing by Tom Reyes', ['Ana Lima', 'Tom Reyes']],
    ['Reporting by Ana Lima in Tarsa, Vellia and Tom Reyes in Amman', ['Ana Lima', 'Tom Reyes']],
    ['By Reuters Staff', []],
    ['Jane Roe | The Associated Press', ['Jane Roe']],
    ['By ZEKE ROE Associated Press', ['ZEKE ROE']],
    ['By ANN LEE and TOM REYES AP Economics Writers', ['ANN LEE', 'TOM REYES']],
    ['By Tolu Efe', ['Tolu Efe']],
    ['Jonas Pell Staff Writer', ['Jonas Pell']],
    ['Associated Press Writer', null],
    ['Jane Roe, Reuters', ['Jane Roe']],
    ['Jane Roe said', null],
    ['By far the largest share', null],
    ['Reporting Tuesday evening', null],
  ];
  it.each(rows)('%s', (line, names) => {
    const parts = parseBylineLine(line, { start: 0, end: line.length, text: line });
    expect(parts ? parts.authors.map((author) => author.name) : null).toEqual(names);
  });
});
