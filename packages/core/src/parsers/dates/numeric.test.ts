import { describe, expect, it } from 'vitest';
import { readsDayFirst } from './numeric.js';

/** Month names told apart by the day before or after them, when no numeric date settles the order. */
const rows: Array<[string, string, boolean]> = [
  ['a day before a month', 'The strike ended on 21 March.', true],
  ['an ordinal day before a month', 'The strike ended on the 21st March.', true],
  ['a day after a month', 'The strike ended on March 21.', false],
  ['a day after an abbreviated month with a dot', 'The strike ended on Sept. 21.', false],
  ['a day after a month with an ordinal', 'The strike ended on March 21st.', false],
  ['more days after than before', 'Talks ran from 3 May to June 4, then July 9.', false],
  ['more days before than after', 'Talks ran from 3 May to 4 June, then July 9.', true],
  ['a three-digit number is no day', 'Flight 123 March 5 departed.', false],
  ['a month inside a word is no month', 'The Mayor 5 and the Marchers 6 met on 7 June.', true],
  ['a lower-case month is not counted', 'Troops march 5 miles on 7 June.', true],
  ['a day glued to a year is no day', 'The March 2020 talks.', true],
  ['a numeric date decides first', 'On 12/25/2019, 3 May and 4 June.', false],
  ['no evidence reads day-first', 'The talks continue.', true],
];

describe('readsDayFirst', () => {
  it.each(rows)('%s', (_name, text, dayFirst) => {
    expect(readsDayFirst(text)).toBe(dayFirst);
  });
});
