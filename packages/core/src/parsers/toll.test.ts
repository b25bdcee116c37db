import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';
import { isValidSpan } from '../span.js';
import { parseIncident } from './incident/testing.js';

const seedText = readFileSync(
  new URL('../../../../fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt', import.meta.url),
  'utf8',
);

describe('toll', () => {
  // Each row: a short report written for this test, the killed and injured it gives.
  const rows: Array<[string, number | null, number | null]> = [
    [
      'A car bomb killed 12 people in the market. Twelve people died and 30 were wounded, police said.',
      12,
      30,
    ],
    ['Twelve people were killed on Monday. The death toll rose to 15 on Tuesday.', 15, null],
    [
      "The death toll from Tuesday's attack on an army checkpoint rose to 15, up from 12 reported earlier. Eight soldiers were wounded.",
      15,
      8,
    ],
    [
      'Gunmen opened fire at a market, killing 12 people and wounding at least 20, a local official said.',
      12,
      20,
    ],
    ['Gunmen killed three policemen, a soldier and two civilians, officials said.', 6, null],
    ['Twelve victims, ten women and two children, were killed in the blast.', 12, null],
    ['Three rockets struck the district. There were no casualties, officials said.', 0, 0],
    ['There were no casualties among civilians, but two soldiers were killed.', 2, null],
    ['Gunmen killed five people. There were no other casualties.', 5, null],
    [
      "The number of people killed in Monday's bombing has risen to 31, the ministry said. The number of injured rose to 80.",
      31,
      80,
    ],
    ['At least 20 people were killed. Local reports later said the death toll was 18.', 18, null],
    ['At least 26 people were killed, along with the 4 attackers. Over 50 were injured.', 26, 50],
    ['In the attacks, 32 people and 3 suicide bombers were killed, and 340 people were injured.', 32, 340],
    ['A bomb exploded at the depot. No one was hurt.', null, 0],
    ['Gunmen attacked the convoy. Dozens of people were wounded.', null, 24],
    ['Two gunmen attacked the hotel. The attack was condemned.', null, null],
    [
      'The bombing killed 9 people. It came a year after the anniversary attack in which 40 people were killed last year.',
      9,
      null,
    ],
    [
      'A woman was stabbed to death and 2 other people were wounded. The attacker was shot dead by police.',
      1,
      2,
    ],
    [
      'Two tourists were stabbed on the beach. One of them later died and the other was seriously injured.',
      1,
      1,
    ],
  ];
  it.each(rows)('%s', (text, killed, injured) => {
    const article = parseIncident(text);
    expect({ killed: article.toll.killed, injured: article.toll.injured }, article.trace.join('\n')).toEqual({
      killed,
      injured,
    });
    for (const span of article.toll.evidence) expect(isValidSpan(text, span)).toBe(true);
  });

  it('gives the evidence of the counts it used', () => {
    const article = parseIncident(
      'Seven people were killed in the blast. Seven people died, the ministry said.',
    );
    expect(article.toll.killed).toBe(7);
    expect(article.toll.evidence.map((span) => span.text)).toEqual([
      'Seven people were killed',
      'Seven people died',
    ]);
  });
});

describe('the seed article', () => {
  const article = parseArticle(seedText, { published: '2020-11-20' });

  it('gives six killed, civilians including a child, and no injured count', () => {
    expect(article.toll.killed).toBe(6);
    expect(article.toll.injured).toBeNull();
    const six = article.casualties.find((casualty) => casualty.kind === 'killed' && casualty.count === 6);
    expect(six?.who).toContain('civilians');
    expect(six?.including).toContain('child');
  });

  it('does not count the killing of last year', () => {
    expect(article.toll.evidence.every((span) => !/last year|anniversary/.test(span.text))).toBe(true);
  });

  it('gives the claim by Ahl al-Kahf and the denial by the militias', () => {
    const claim = article.claims.find((item) => item.kind === 'claimed');
    expect(claim?.actor?.name).toContain('Ahl al-Kahf');
    expect(claim?.event).toContain('Tuesday attacks');
    const denial = article.claims.find((item) => item.kind === 'denied');
    expect(denial?.actor?.name).toMatch(/militias/);
  });

  it('gives the attack with seven missiles against the US Embassy', () => {
    const event = article.events.find((item) => item.count === 7);
    expect(event?.target).toContain('US Embassy');
    expect(event?.weapon).toMatch(/rocket|missile/);
  });
});
