import { describe, expect, it } from 'vitest';
import { isValidSpan, spanOf } from '../span.js';
import type { AttackEvent } from '../types.js';
import { parseIncident } from './incident/testing.js';

type Expected = Partial<Pick<AttackEvent, 'kind' | 'weapon' | 'count' | 'place' | 'date'>> & {
  target?: string;
  outcome?: string;
};

function eventsOf(text: string): AttackEvent[] {
  const article = parseIncident(text);
  for (const event of article.events) expect(isValidSpan(text, event.span)).toBe(true);
  return article.events;
}

describe('attack events', () => {
  const rows: Array<[string, Expected]> = [
    [
      'Officials said the use of rockets to attack the French Consulate in Mosul on Sunday was a warning.',
      { kind: 'rocket attack', weapon: 'rockets', target: 'the French Consulate', place: 'Mosul' },
    ],
    [
      'The five missiles had all missed their targets.',
      { kind: 'rocket attack', weapon: 'missiles', count: 5, outcome: 'missed their targets' },
    ],
    [
      'One of the rockets landed in Palm Grove Park.',
      { kind: 'rocket attack', weapon: 'rockets', place: 'Palm Grove Park' },
    ],
    [
      'Two car bombs exploded outside the central market in Karsa.',
      { kind: 'bombing', weapon: 'car bombs', count: 2, place: 'Karsa' },
    ],
    [
      'A gunman armed with a rifle attacked a synagogue in Lindau.',
      { kind: 'shooting', weapon: 'rifle', target: 'a synagogue' },
    ],
    ['A man with a knife attacked passengers at the station.', { kind: 'stabbing', weapon: 'knife' }],
    ['Militants stormed the Blue Lagoon Hotel at dawn.', { kind: 'attack', target: 'the Blue Lagoon Hotel' }],
  ];
  it.each(rows)('%s', (text, expected) => {
    const events = eventsOf(text);
    const event = events[0];
    expect(event, JSON.stringify(events)).toBeDefined();
    const { target, outcome, ...fields } = expected;
    expect(event).toMatchObject(fields);
    if (target) expect(event?.target).toContain(target);
    if (outcome) expect(event?.outcome).toContain(outcome);
  });

  it('merges the mentions of one attack: target from one sentence, count from another', () => {
    const text =
      'Rockets were used to attack the Danish Embassy in Tarsa on Monday evening. Later it became clear that the nine rockets had all missed their targets.';
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'rocket attack', count: 9, place: 'Tarsa' });
    expect(events[0]?.target).toContain('Danish Embassy');
  });

  it('takes the date of a date mention inside the sentence', () => {
    const text = 'Rockets were fired to attack the Danish Embassy in Tarsa on Monday evening.';
    const start = text.indexOf('Monday evening');
    const dates = [{ text: spanOf(text, start, start + 14), date: '2021-03-08', precision: 'day' as const }];
    const article = parseIncident(text, '2021-03-10', dates);
    expect(article.events[0]?.date).toBe('2021-03-08');
  });
});

describe('not attack events', () => {
  const rows: string[] = [
    'The minister met the ambassador on Tuesday.',
    'Critics mocked the failed bombing operations of the group.',
    'Sunnis questioned their daily attacks on diplomatic missions.',
    'The town lies about 50 kilometres west of the capital.',
  ];
  it.each(rows)('%s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});
