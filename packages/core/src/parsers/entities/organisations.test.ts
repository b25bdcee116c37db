import { describe, expect, it } from 'vitest';
import { acronymFits } from './organisations.js';
import { named, ofKind, parseEntities } from './test-helpers.js';

/** [story text, organisation name, its acronym or null, how many mentions at least] */
const organisations: Array<[string, string, string | null, number]> = [
  // Expanded acronym, then the acronym alone: one entity with both mentions.
  [
    'The Popular Defence Units (PDU) said the road was open. Later the PDU denied it.',
    'Popular Defence Units',
    'PDU',
    3,
  ],
  ['The Free Workers Party won nine seats.', 'Free Workers Party', null, 1],
  // "The ... said" names a publication ("The Hill said"), but not when the name ends like a party's or an army's.
  ['The Western Liberation Front said it carried out the raid.', 'Western Liberation Front', null, 1],
  ['A statement from the Northern Oil Company gave no figures.', 'Northern Oil Company', null, 1],
  ['The Ministry of Water Resources announced new limits.', 'Ministry of Water Resources', null, 1],
  // A militia named before its lower-case noun: the name without "militia".
  ['The Ahl al-Saif militia claimed the attack on the base.', 'Ahl al-Saif', null, 1],
  ['Six people died, the interior ministry said.', 'interior ministry', null, 1],
  ['The Tigris Democratic Union (TDU) joined the talks.', 'Tigris Democratic Union', 'TDU', 2],
  // A capitalised "The" inside a sentence opens a publication's name.
  ['The claim was first reported by The Daily Lantern on Sunday.', 'The Daily Lantern', null, 1],
  ['The report was confirmed by the Pentagon and NATO.', 'Pentagon', null, 1],
  // A company's first word used alone with a speech verb is the company, not a person.
  [
    'Shares of Halvorsen Mining Corp fell. Halvorsen said output would recover.',
    'Halvorsen Mining Corp',
    null,
    2,
  ],
  // Known by one word: the central bank and the finance ministry, not people who "say".
  ['Sources close to the Fed say no decision has been made on rates.', 'Fed', null, 1],
  [
    'The Treasury said it would sell more bonds. Treasury officials declined to comment.',
    'Treasury',
    null,
    2,
  ],
  // "Sanders-supporting" is a modifier, not the start of the name.
  ['The Sanders-supporting Working Families Party met.', 'Working Families Party', null, 1],
];

const notOrganisations: Array<[string, string]> = [
  ['Iraqi militias fired rockets at the base.', 'a nationality before "militias"'],
  ['He said it was OK to watch TV at night.', 'capitals that are not acronyms'],
  ['WHITE SMOKE ROSE over the building.', 'shouting used once'],
];

describe('entities: organisations', () => {
  it.each(organisations)('%s → %s', (body, name, acronym, mentions) => {
    const { entities, trace } = parseEntities(body);
    const organisation = named(entities, 'organisation', name);
    expect(
      organisation,
      `${name} not in ${JSON.stringify(entities.map((e) => e.name))}\n${trace}`,
    ).toBeDefined();
    if (acronym) expect(organisation?.aliases, trace).toContain(acronym);
    expect(organisation?.mentions.length ?? 0, trace).toBeGreaterThanOrEqual(mentions);
    expect(ofKind(entities, 'person'), trace).toEqual([]);
  });

  it.each(notOrganisations)('no organisation in %s (%s)', (body) => {
    const { entities, trace } = parseEntities(body);
    expect(
      ofKind(entities, 'organisation').map((entity) => entity.name),
      trace,
    ).toEqual([]);
  });

  const fits: Array<[string, string, boolean]> = [
    ['IRGC', 'Islamic Revolutionary Guards Corps', true],
    ['PMF', 'Popular Mobilisation Forces', true],
    ['OPEC', 'Organization of the Petroleum Exporting Countries', true],
    ['PMF', 'Kurdistan Democratic Party', false],
    ['AB', 'Zeta Alpha Beta', false],
  ];
  it.each(fits)('acronymFits(%s, %s) = %s', (acronym, name, expected) => {
    expect(acronymFits(acronym, name)).toBe(expected);
  });
});

describe('what the text says an organisation is', () => {
  const rows: Array<[text: string, name: string, roles: string[]]> = [
    [
      'Rockets hit the base. The Red Kessar Front militia, formed last year, claimed the attack.',
      'Red Kessar Front',
      ['militia'],
    ],
    [
      'The Velmar Institute, a conservative think tank in Orvik, published the figures on Monday.',
      'Velmar Institute',
      ['a conservative think tank in Orvik'],
    ],
    [
      'Shares of Drennick Mining, a coal company based in Ruel County, fell on Monday.',
      'Drennick Mining',
      ['a coal company based in Ruel County'],
    ],
    // An appositive that is no kind of body, or that goes on as a report, describes nothing.
    [
      'The Northern Dawn Brigades, a threat to the port, were not named by police.',
      'Northern Dawn Brigades',
      [],
    ],
    [
      'The Osvana Teachers Union, a group that said it had 40,000 members, called a strike.',
      'Osvana Teachers Union',
      [],
    ],
  ];
  it.each(rows)('%s', (text, name, roles) => {
    const { entities, trace } = parseEntities(text);
    expect(named(entities, 'organisation', name)?.roles, trace).toEqual(roles);
  });
});
