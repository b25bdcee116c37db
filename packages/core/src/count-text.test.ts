import { describe, expect, it } from 'vitest';
import { describeCount, tollStatement } from './count-text.js';
import { parseArticle } from './parser.js';

describe('describeCount', () => {
  // [sentence of a story, the count described]
  const rows: Array<[string, string]> = [
    ['At least nine people were killed in the blast.', 'at least 9'],
    ['More than 20 people were killed in the blast.', 'more than 20'],
    ['Between 10 and 15 people were injured in the blast.', '10 to 15'],
    ['Nearly 30 people were killed in the blast.', 'about 30'],
    ['Dozens of people were wounded in the blast.', 'at least 24'],
    ['Four soldiers were killed in the blast.', '4'],
  ];
  it.each(rows)('%s → %s', (sentence, expected) => {
    const article = parseArticle(`Blast in the capital\n\n${sentence}`);
    expect(article.casualties.map(describeCount)).toEqual([expected]);
  });
});

describe('tollStatement', () => {
  // [article, kind, the words of the casualty count that states the toll, or null]
  const rows: Array<[string, 'killed' | 'injured', string | null]> = [
    // The story's words, not the headline's.
    [
      'Rocket strike kills nine\n\nAt least nine people were killed and 23 wounded when rockets hit the depot.',
      'killed',
      'At least nine people were killed',
    ],
    ['Rocket strike kills nine\n\nRockets hit the depot on Monday.', 'killed', 'kills nine'],
    ['Rocket strike on depot\n\nRockets hit the depot on Monday.', 'killed', null],
  ];
  it.each(rows)('%s (%s)', (text, kind, expected) => {
    const statement = tollStatement(parseArticle(text), kind);
    expect(statement ? statement.span.text : null).toBe(expected);
  });
});
