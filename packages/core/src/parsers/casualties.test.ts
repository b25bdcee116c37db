import { describe, expect, it } from 'vitest';
import { isValidSpan } from '../span.js';
import type { CasualtyCount } from '../types.js';
import { parseIncident } from './incident/testing.js';

type Expected = Partial<Pick<CasualtyCount, 'kind' | 'count' | 'min' | 'max' | 'approximate'>> & {
  who?: string | null;
  including?: string | null;
  source?: string | null;
};

function casualtiesOf(text: string): CasualtyCount[] {
  const article = parseIncident(text);
  for (const casualty of article.casualties) expect(isValidSpan(text, casualty.span)).toBe(true);
  return article.casualties;
}

function matches(casualty: CasualtyCount, expected: Expected): boolean {
  for (const key of ['kind', 'count', 'min', 'max', 'approximate'] as const) {
    if (expected[key] !== undefined && casualty[key] !== expected[key]) return false;
  }
  for (const key of ['who', 'including', 'source'] as const) {
    const want = expected[key];
    if (want === undefined) continue;
    if (want === null ? casualty[key] !== null : !casualty[key]?.toLowerCase().includes(want.toLowerCase())) {
      return false;
    }
  }
  return true;
}

describe('casualty counts', () => {
  // Each row: a sentence written for this test, and one count that must be among the results.
  const rows: Array<[string, Expected]> = [
    // verbs and nouns
    [
      'Nine villagers were killed when gunmen raided the market.',
      { kind: 'killed', count: 9, who: 'villagers' },
    ],
    ['Four miners died in the collapse of the tunnel.', { kind: 'killed', count: 4, who: 'miners' }],
    ['The bombing caused 17 deaths in the old town.', { kind: 'killed', count: 17 }],
    ['Eleven pilgrims lost their lives on the road to the shrine.', { kind: 'killed', count: 11 }],
    ['Three guards were shot dead at the gate.', { kind: 'killed', count: 3, who: 'guards' }],
    ['Five farmers were shot to death near the river.', { kind: 'killed', count: 5 }],
    ['Officials reported 23 fatalities after the blast.', { kind: 'killed', count: 23 }],
    ['Twelve students were wounded in the shooting.', { kind: 'injured', count: 12, who: 'students' }],
    ['Two firefighters were hurt while fighting the blaze.', { kind: 'injured', count: 2 }],
    ['The explosion caused 40 injuries among shoppers.', { kind: 'injured', count: 40 }],
    ['Seven aid workers were abducted on the highway.', { kind: 'kidnapped', count: 7 }],
    ['Six suspects were detained overnight.', { kind: 'arrested', count: 6 }],
    ['Fourteen sailors remain missing after the attack on the ferry.', { kind: 'missing', count: 14 }],
    [
      'A car bomb tore through the square, killing 31 people and wounding 58 others.',
      { kind: 'killed', count: 31 },
    ],
    [
      'A car bomb tore through the square, killing 31 people and wounding 58 others.',
      { kind: 'injured', count: 58 },
    ],
    ['The gunman shot dead 2 guards before fleeing.', { kind: 'killed', count: 2 }],
    [
      'The raid ended in the arrest of four of its commanders.',
      { kind: 'arrested', count: 4, who: 'its commanders' },
    ],
    [
      'A suicide attack claimed 12 soldiers lives at the checkpoint.',
      { kind: 'killed', count: 12, who: 'soldiers' },
    ],
    ['Eight people were killed and 19 injured.', { kind: 'injured', count: 19 }],
    // numbers as words
    ['Twenty-three people were killed in the bombing.', { kind: 'killed', count: 23 }],
    ['A dozen police officers were wounded.', { kind: 'injured', count: 12, who: 'police officers' }],
    ['Two hundred people were injured in the stampede after the blast.', { kind: 'injured', count: 200 }],
    ['More than 1,200 people were injured across the province.', { kind: 'injured', count: 1200, min: 1201 }],
    // vague and bounded counts
    [
      'Dozens of people were hurt in the blast.',
      { kind: 'injured', count: 24, min: 24, max: null, approximate: true },
    ],
    [
      'Hundreds were wounded as the roof fell.',
      { kind: 'injured', count: 200, approximate: true, max: null },
    ],
    [
      'At least 28 people were killed in the attack.',
      { kind: 'killed', count: 28, min: 28, max: null, approximate: false },
    ],
    ['The blast killed more than 320 people.', { kind: 'killed', count: 320, min: 321, max: null }],
    [
      'Up to 15 people were killed in the attack.',
      { kind: 'killed', count: 15, min: 0, max: 15, approximate: true },
    ],
    [
      'Between 10 and 15 soldiers were killed.',
      { kind: 'killed', count: 10, min: 10, max: 15, approximate: true },
    ],
    ['Eight to ten people were killed at the wedding.', { kind: 'killed', count: 8, min: 8, max: 10 }],
    ['About 60 people were wounded near the stadium.', { kind: 'injured', count: 60, approximate: true }],
    // sums, breakdowns and subsets
    [
      'Rebels ambushed the convoy, killing three Danish engineers and their local driver.',
      { kind: 'killed', count: 4 },
    ],
    ['Five soldiers, 4 civilians and a police officer were killed.', { kind: 'killed', count: 10 }],
    ['Thirty people, 10 soldiers and 20 civilians, were killed.', { kind: 'killed', count: 30 }],
    [
      'Eight Kurdish farmers, including a boy, had been killed, the ministry said.',
      { kind: 'killed', count: 8, who: 'Kurdish farmers', including: 'a boy' },
    ],
    [
      'A bomb killed 14 people, including 5 children.',
      { kind: 'killed', count: 14, including: '5 children' },
    ],
    // zero
    ['No one was hurt in the second explosion.', { kind: 'injured', count: 0 }],
    ['There were no injuries, the fire brigade said.', { kind: 'injured', count: 0 }],
    ['Nobody was killed in the blast at the depot.', { kind: 'killed', count: 0 }],
    // updates
    ['The death toll rose to 15 on Sunday.', { kind: 'killed', count: 15 }],
    // who, source
    ['The attacker was shot dead by police.', { kind: 'killed', count: 1, who: 'the attacker' }],
    ['A woman was stabbed to death outside the station.', { kind: 'killed', count: 1, who: 'woman' }],
    [
      'Six civilians were killed, according to the health ministry.',
      { kind: 'killed', count: 6, who: 'civilians', source: 'the health ministry' },
    ],
    [
      'The interior ministry announced that four police officers were killed.',
      { kind: 'killed', count: 4, who: 'police officers', source: 'the interior ministry' },
    ],
    ['The explosion wounded 17.', { kind: 'injured', count: 17 }],
    ['Nine killed, 20 wounded in attack on bus', { kind: 'injured', count: 20 }],
    ['The blast injured 12 people, three of them seriously.', { kind: 'injured', count: 12 }],
    ['Twelve people were reported killed.', { kind: 'killed', count: 12 }],
    ['A total of 45 people were injured.', { kind: 'injured', count: 45 }],
    ['Nine killed, 20 wounded, 3 missing after the raid.', { kind: 'injured', count: 20 }],
    ['A guard was fatally shot at the gate.', { kind: 'killed', count: 1 }],
    // post-modifiers between the people and the verb
    ['Twenty guards belonging to the border force were killed.', { kind: 'killed', count: 20 }],
    ['Two old men, both retired teachers, were killed.', { kind: 'killed', count: 2 }],
  ];
  it.each(rows)('%s', (text, expected) => {
    const found = casualtiesOf(text);
    expect(
      found.some((casualty) => matches(casualty, expected)),
      JSON.stringify(found, null, 1),
    ).toBe(true);
  });
});

describe('counts that are not casualties', () => {
  const rows: string[] = [
    'Militants fired seven missiles at the base.',
    'The town lies about 50 kilometres west of the capital.',
    'He leads a bloc of about 50 deputies in parliament.',
    'Two car bombs exploded outside the mall.',
    'The siege lasted 14 hours before troops stormed the building.',
    'The suspect was released 2 weeks after the attack.',
    'Three bombs damaged 12 vehicles on the bridge.',
    'The attack on January 3, 2019 shocked the region.',
    'They do not claim responsibility for these operations.',
    'Four gunmen stormed the hotel at 10 p.m.',
    'Maria Lopez, 43, was killed in the crash.',
    'A man aged 30 was wounded in the attack on the checkpoint.',
    // From the Wikipedia list of terrorist incidents in 2020: an age without hyphens.
    'French police shot an 18 year old man dead after he attacked a teacher.',
    'The yard has orders to build 10 ships totalling 460,000 dead weight tons this year.',
    'A database tracking such deaths was published.',
    'The Valley Front, which has killed hundreds in the region, issued a statement.',
    'Investigators found the 30,000 emails that are missing from the server.',
    'The storm killed 200 cattle and 40 sheep were injured.',
    'Five laptops were stolen and two files are missing.',
  ];
  it.each(rows)('%s', (text) => {
    expect(casualtiesOf(text)).toEqual([]);
  });

  it('counts the people among animals or things', () => {
    const found = casualtiesOf('The flood killed 3 villagers and 40 cattle near the river.');
    expect(found.map((casualty) => [casualty.kind, casualty.count, casualty.who])).toEqual([
      ['killed', 3, 'villagers'],
    ]);
  });

  it('does not count the sentences of the subset', () => {
    const found = casualtiesOf('A bomb killed at least 18 people including 8 civilians and 10 soldiers.');
    expect(found.map((casualty) => casualty.count)).toEqual([18]);
  });

  it('keeps the attackers apart from their victims', () => {
    const found = casualtiesOf('In these attacks, 32 people and 3 suicide bombers were killed.');
    expect(found.map((casualty) => casualty.count).sort()).toEqual([3, 32]);
  });

  it('never throws and keeps spans valid on odd input', () => {
    for (const text of [
      'killed',
      '0 0 0 were killed were',
      'at least',
      ', including ,',
      'between 5 and',
      '—killed—',
    ]) {
      expect(() => casualtiesOf(text)).not.toThrow();
    }
  });
});
