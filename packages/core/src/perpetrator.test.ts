import { describe, expect, it } from 'vitest';
import { parseArticle } from './parser.js';
import { perpetratorOf } from './perpetrator.js';
import type { PerpetratorSource } from './types.js';

describe('perpetratorOf', () => {
  const rows: Array<[string, string | null, PerpetratorSource | null]> = [
    [
      'Three people were stabbed near the station on Friday. The attacker, 31 year old convicted extremist Daniel Okafor, was shot dead by police. The Islamic State group claimed responsibility for the attack on Saturday.',
      'Daniel Okafor',
      'named-attacker',
    ],
    [
      'A car bomb killed five people in Kirkuk on Monday. The Northern Dawn Brigade claimed responsibility for the attack in a statement.',
      'Northern Dawn Brigade',
      'claimed',
    ],
    [
      'A bomb killed four soldiers near the border on Sunday. The Island Liberation Front is suspected to be behind the attack. Officials blamed the Southern Hawks for an earlier bombing.',
      'Island Liberation Front',
      'suspected',
    ],
    [
      'A roadside bomb killed two police officers on Tuesday. Officials blamed the Southern Hawks for the attack.',
      'Southern Hawks',
      'blamed',
    ],
    [
      'Northern Front militants attacked a police post outside Vardo on Tuesday, killing three officers.',
      'Northern Front',
      'stated-attacker',
    ],
    [
      'Northern Front militants attacked a police post outside Vardo on Tuesday, killing three officers. The Free Army claimed responsibility for the attack.',
      'Free Army',
      'claimed',
    ],
    ['A fire at a warehouse in the port killed two workers on Monday, police said.', null, null],
  ];
  it.each(rows)('%s → %s (%s)', (text, name, source) => {
    const found = perpetratorOf(parseArticle(text, { published: '2026-03-04' }));
    expect(found ? [found.actor.name, found.source] : null).toEqual(name === null ? null : [name, source]);
    if (found) expect(text.slice(found.actor.span.start, found.actor.span.end)).toBe(found.actor.span.text);
  });
});
