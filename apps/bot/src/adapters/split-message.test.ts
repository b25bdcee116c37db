import { describe, expect, it } from 'vitest';
import { splitMessage } from './split-message.js';

describe('splitMessage', () => {
  const rows: Array<[string, string, number, string[]]> = [
    ['short text stays whole', 'one line', 2000, ['one line']],
    [
      'cuts at the last line break that fits',
      'aaaa aaaa\nbbbb bbbb\ncccc',
      22,
      ['aaaa aaaa\nbbbb bbbb', 'cccc'],
    ],
    [
      'cuts a long line at a sentence end',
      'First sentence here. Second one is here. Third.',
      42,
      ['First sentence here. Second one is here.', 'Third.'],
    ],
    [
      'cuts at a space when there is no sentence end',
      'alpha beta gamma delta epsilon',
      24,
      ['alpha beta gamma delta', 'epsilon'],
    ],
    [
      'cuts a word longer than a message',
      'x'.repeat(45),
      20,
      ['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(5)],
    ],
    [
      'carries a quote marker into the next message',
      '**Answer**\n> One sentence of evidence. Another sentence of evidence follows here.',
      60,
      ['**Answer**\n> One sentence of evidence.', '> Another sentence of evidence follows here.'],
    ],
  ];
  it.each(rows)('%s', (_label, text, max, expected) => {
    expect(splitMessage(text, max)).toEqual(expected);
  });

  it('keeps every message within the limit and loses no words on a long reply', () => {
    const text = Array.from(
      { length: 300 },
      (_, index) => `Line ${index} says something. And more text here.`,
    ).join('\n');
    const parts = splitMessage(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    expect(parts.join('\n').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  const badLimits: number[] = [0, 5, 19];
  it.each(badLimits)('refuses a limit of %i', (max) => {
    expect(() => splitMessage('text', max)).toThrow(RangeError);
  });
});
