import { describe, expect, it } from 'vitest';
import { spanOf } from '../span.js';
import { parsePublicationLine } from './publication-date.js';

const lineOf = (text: string) => spanOf(text, 0, text.length);

describe('parsePublicationLine', () => {
  const rows: Array<[string, string | null, string | null]> = [
    ['Published 14 March 2021 09:30 GMT', '2021-03-14', '09:30'],
    ['Friday 20/11/2020', '2020-11-20', null],
    ['November 20, 2020', '2020-11-20', null],
    ['Published 20 Nov 2020 14:03 GMT', '2020-11-20', '14:03'],
    ['Updated: Nov. 20, 2020 3:03 p.m. ET', '2020-11-20', '15:03'],
    ['First published on Tue 3 Mar 2020 18.41 GMT', '2020-03-03', '18:41'],
    ['Last updated on March 3, 2020 at 6:41 pm', '2020-03-03', '18:41'],
    ['Posted: 2020-11-20 14:03', '2020-11-20', '14:03'],
    ['20 November 2020 | 3 min read', '2020-11-20', null],
    ['Thursday, 19th of November 2020', '2020-11-19', null],
    ['Sept. 4, 2019 (UTC)', '2019-09-04', null],
    ['12/31/2020', '2020-12-31', null],
    ['Date: 5 January 2021, 8:15 BST', '2021-01-05', '08:15'],
    ['Updated 14:03, Friday 20 November 2020', '2020-11-20', '14:03'],
    ['Published 9 Nov 2020 - 10:15 a.m. (GMT+1)', '2020-11-09', '10:15'],
    ['20 Nov 2020 3pm', '2020-11-20', '15:00'],
    ['November 20, 2020 14:03:22', '2020-11-20', '14:03'],
    ['Published 20-Nov-2020', '2020-11-20', null],
    ['Nov. 20, 2020 3PM GMT', '2020-11-20', '15:00'],
    ['TORONTO, March 5 - Shr 99 cts vs 1.25 dlrs', null, null],
    ['ARGENTINE MEAT EXPORTS HIGHER IN JAN/FEB 1987', null, null],
    ['On July 6, 2015, Sanders made the following comment:', null, null],
    ['Floods cut off three mountain villages', null, null],
    ['March 2021', null, null],
    ['Published', null, null],
    ['', null, null],
  ];
  it.each(rows)('%j → %s %s', (line, date, time) => {
    const found = parsePublicationLine(lineOf(line));
    expect(found ? [found.date, found.time] : null).toEqual(date === null ? null : [date, time]);
  });
});
