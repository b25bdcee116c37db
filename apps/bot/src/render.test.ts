import { parseArticle } from '@newsparse/core';
import { ask } from '@newsparse/qa';
import { describe, expect, it } from 'vitest';
import { answerText, articleCard } from './render.js';

describe('articleCard', () => {
  const rows: Array<[name: string, text: string, expected: RegExp[], absent: RegExp[]]> = [
    [
      'an attacker the text names, and a group that claimed',
      'Market stabbing in Orvik\n\nThree people were injured in a stabbing at the Orvik market on Friday. The attacker, 31-year-old Teodor Vask, was arrested at the scene. The Grey Dawn Front claimed responsibility for the attack.',
      [/^Toll: 3 injured$/m, /Teodor Vask \(named as the attacker\)/, /Grey Dawn Front \(claimed\)/],
      [],
    ],
    [
      'a group the text says attacked',
      'Camp attacked in the north\n\nNorthern Vale Brigade militants attacked a camp near Tessin on Monday, killing four people.',
      [/^Toll: 4 killed$/m, /^Attacker \(as the text states it\): Northern Vale Brigade$/m],
      [/^Claims:/m],
    ],
    [
      'a toll the story hedges',
      'Rocket strike kills nine\n\nAt least nine people were killed and more than 20 wounded when rockets hit the depot.',
      [/^Toll: at least 9 killed, more than 20 injured$/m],
      [],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected, absent) => {
    const card = articleCard(7, parseArticle(text, { reference: '2026-01-15T12:00:00Z' }));
    for (const pattern of expected) expect(card).toMatch(pattern);
    for (const pattern of absent) expect(card).not.toMatch(pattern);
  });
});

describe('answerText', () => {
  it('puts an answer from wrapped wire copy on one line, so its bold markup holds', () => {
    const article = parseArticle(
      [
        'COFFEE OUTLOOK',
        '',
        '    ABIDJAN, March 4 - Ivory Coast today predicted that the',
        'present coffee price crash would not last long.',
        '    The crash followed the collapse of the recent International',
        'Coffee Organisation meeting in London, where producers and',
        'consumers failed to agree on export quotas.',
      ].join('\n'),
    );
    const reply = answerText(ask('What happened?', [article]), () => 'Coffee outlook');
    expect(reply.split('\n')[0]).toBe(
      '**Ivory Coast today predicted that the present coffee price crash would not last long.**',
    );
    expect(reply).toMatch(/^> ABIDJAN, March 4 - Ivory Coast today predicted that the present coffee/m);
  });
});
