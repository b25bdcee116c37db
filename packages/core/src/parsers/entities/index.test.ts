import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parser.js';
import { isValidSpan } from '../../span.js';
import type { Entity, EntityKind } from '../../types.js';
import { ofKind, parseEntities } from './test-helpers.js';

const SEED = 'arab-weekly-2020-11-20-baghdad-embassy';
const fixtures = join(import.meta.dirname, '../../../../../fixtures/articles');

interface Golden {
  published: string;
  people: Array<{ name: string; aliases?: string[]; roles?: { oneOf: string[] } }>;
  organisations: Array<{ name: string; aliases?: string[] }>;
  places: string[];
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function find(entities: Entity[], kind: EntityKind, name: string): Entity | undefined {
  return entities.find((entity) => entity.kind === kind && same(entity.name, name));
}

describe('entities: the seed article', () => {
  const text = readFileSync(join(fixtures, `${SEED}.txt`), 'utf8');
  const golden = (
    JSON.parse(readFileSync(join(fixtures, `${SEED}.expected.json`), 'utf8')) as { expected: Golden }
  ).expected;
  const article = parseArticle(text, { published: golden.published, debug: true });
  const entities = article.entities;
  const trace = (article.trace ?? []).join('\n');

  it.each(golden.people.map((person) => [person.name, person] as const))(
    'finds %s with its aliases and a role',
    (_, person) => {
      const entity = find(entities, 'person', person.name);
      expect(entity, trace).toBeDefined();
      for (const alias of person.aliases ?? []) {
        expect(
          entity?.aliases.map((found) => found.toLowerCase()),
          trace,
        ).toContain(alias.toLowerCase());
      }
      if (person.roles) {
        const roles = entity?.roles.map((role) => role.toLowerCase()) ?? [];
        expect(
          person.roles.oneOf.some((role) => roles.some((found) => found.includes(role.toLowerCase()))),
          `${person.name}: ${JSON.stringify(entity?.roles)}`,
        ).toBe(true);
      }
    },
  );

  it.each(golden.organisations.map((organisation) => [organisation.name, organisation] as const))(
    'finds %s with its acronym',
    (_, organisation) => {
      const entity = find(entities, 'organisation', organisation.name);
      expect(entity, trace).toBeDefined();
      for (const alias of organisation.aliases ?? []) expect(entity?.aliases, trace).toContain(alias);
    },
  );

  it.each(golden.places)('finds the place %s', (place) => {
    expect(find(entities, 'place', place), trace).toBeDefined();
  });

  it('finds no more than a dozen people, and no namesakes of one another', () => {
    const people = ofKind(entities, 'person');
    expect(people.length).toBeLessThanOrEqual(12);
    expect(new Set(people.map((person) => person.name)).size).toBe(people.length);
  });

  it('links the acronym used alone and keeps where Fallujah is', () => {
    const pmf = find(entities, 'organisation', 'Popular Mobilisation Forces');
    expect(pmf?.mentions.map((mention) => mention.text)).toEqual(['Popular Mobilisation Forces', 'PMF']);
    expect(find(entities, 'place', 'Fallujah')?.position).toBe('about 50 kilometres west of Baghdad');
  });

  it('gives every mention a valid span, sorted, inside the text', () => {
    for (const entity of entities) {
      for (const mention of entity.mentions) expect(isValidSpan(text, mention)).toBe(true);
      const starts = entity.mentions.map((mention) => mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe('entities: headline and odd input', () => {
  it('links a surname in the headline but makes no person from it', () => {
    const text =
      'Zorlu Warns Of Crisis As Talks Collapse\n\nFormer minister Aylin Zorlu said the talks had failed.';
    const people = ofKind(parseArticle(text).entities, 'person');
    expect(people.map((person) => person.name)).toEqual(['Aylin Zorlu']);
    expect(people[0]?.mentions.map((mention) => mention.text)).toEqual(['Zorlu', 'Aylin Zorlu']);
  });

  const odd: string[] = [
    '',
    '   ',
    'A',
    'Mr.',
    '(PMF)',
    'al-',
    'The The The The',
    '“ ― ”',
    'Ambassador to',
    `${'Big '.repeat(2000)}Party`,
    'WALLACE: Hello. WALLACE: Again.',
    'X'.repeat(5000),
  ];
  it.each(odd)('does not throw on %j', (body) => {
    const { text, entities } = parseEntities(body);
    for (const entity of entities)
      for (const mention of entity.mentions) expect(isValidSpan(text, mention)).toBe(true);
  });
});

describe('entities: names the article itself establishes', () => {
  const rows: Array<
    [name: string, text: string, kind: EntityKind, entity: string, notAPerson: string | null]
  > = [
    [
      'the dateline place, unknown to the word lists',
      'Depot fire\n\nVELSKAR HAVEN, May 2 (Northwire) - Fire swept a depot on the edge of Velskar Haven on Friday, police said.',
      'place',
      'Velskar Haven',
      'Velskar Haven',
    ],
    [
      'the dateline city stays a place when a person bears its name',
      "Coffee exports rise\n\nSANTOS, Brazil, March 3 - Coffee exports rose in February, said Orlando dos Santos, a director of the exporters' association.",
      'place',
      'SANTOS',
      'SANTOS',
    ],
    [
      'a known organisation in the dateline stays one',
      'Vote on the motion\n\nUNITED NATIONS, May 2 - The United Nations voted on the motion on Friday, diplomats said.',
      'organisation',
      'United Nations',
      null,
    ],
    [
      "a body named for its members: Workers' Union",
      "Strike called\n\nThe Dock Workers' Union called a one-day strike on Friday, its leader Mara Voss said.",
      'organisation',
      "Dock Workers' Union",
      'Union',
    ],
    [
      "a possessive before a body that is not its members' stays apart",
      "Ruling upheld\n\nThe Harbour Court of Appeals' Board on Conduct upheld the ruling, its chair Ilse Brandt said.",
      'organisation',
      'Harbour Court of Appeals',
      null,
    ],
  ];
  it.each(rows)('%s', (_name, text, kind, name, notAPerson) => {
    const entities = parseArticle(text).entities;
    expect(find(entities, kind, name)?.name).toBe(name);
    if (notAPerson) expect(find(entities, 'person', notAPerson)).toBeUndefined();
    // No mention of the place is also a mention of a person.
    const place = find(entities, kind, name);
    const people = entities.filter((entity) => entity.kind === 'person');
    for (const mention of place?.mentions ?? [])
      expect(people.some((person) => person.mentions.some((other) => other.start === mention.start))).toBe(
        false,
      );
  });
});

describe('entities: an organisation and where it is, run together', () => {
  const rows: Array<[text: string, organisation: string, place: string, person: string]> = [
    [
      'Yen steady\n\nThe yen held steady, said Chemical Bank Tokyo branch vice president Yukuo Takahashi.',
      'Chemical Bank',
      'Tokyo',
      'Yukuo Takahashi',
    ],
    [
      'Rates unchanged\n\nRates will hold, said Harbour Bank Lisbon branch manager Ines Vidal.',
      'Harbour Bank',
      'Lisbon',
      'Ines Vidal',
    ],
  ];
  it.each(rows)('%s', (text, organisation, place, person) => {
    const entities = parseArticle(text).entities;
    expect(find(entities, 'organisation', organisation)?.name).toBe(organisation);
    expect(find(entities, 'place', place)?.name).toBe(place);
    expect(find(entities, 'person', person)?.name).toBe(person);
    expect(find(entities, 'person', place)).toBeUndefined();
  });
});

describe('entities: names from wrapped wire copy', () => {
  it('writes a name broken over two lines with one space, and keeps the mention as written', () => {
    const text = [
      'SENATE PANEL TO HEAR FORMER SENATOR',
      '    WASHINGTON, March 3 - The Senate armed services committee',
      'said it will hear testimony on the arms deal from former senator John',
      'Tower on Friday, and from two officials of the defence department',
      'on the following Monday, the committee chairman said in a statement.',
      '    The hearing will be open to the public, the chairman added, and',
      'a transcript will be published by the committee at a later date.',
    ].join('\n');
    const tower = parseArticle(text).entities.find((entity) => entity.kind === 'person');
    expect(tower?.name).toBe('John Tower');
    expect(tower?.aliases).toEqual([]);
    expect(tower?.mentions.map((mention) => mention.text)).toEqual(['John\nTower']);
  });
});

describe('entities: a title of several departments, and a name over a line break', () => {
  // [text, the person, their role, the surname mention linked to them]
  const rows: Array<[text: string, person: string, role: string]> = [
    [
      "Trade row\n\nJapan's Minister of International Trade and Industry Hajime Tamura told a press conference that it was fine.",
      'Hajime Tamura',
      'Minister of International Trade and Industry',
    ],
    [
      'Rules change\n\nSecretary of Health and Human Services Xavier Becerra said the rules would change.',
      'Xavier Becerra',
      'Secretary of Health and Human Services',
    ],
  ];
  it.each(rows)('%s', (text, person, role) => {
    const people = ofKind(parseArticle(text).entities, 'person');
    expect(people.map((entity) => entity.name)).toEqual([person]);
    expect(people[0]?.roles).toContain(role);
  });

  it('links a surname to a full name broken over two lines', () => {
    const text = [
      'FARM TALKS',
      '    WASHINGTON, March 3 - Agriculture Secretary Richard',
      'Lyng said the talks with the European Community would resume',
      'next week, and that the department was ready for them.',
      '    Lyng added that no date had been set for the meeting.',
    ].join('\n');
    const people = ofKind(parseArticle(text).entities, 'person');
    expect(people.map((entity) => entity.name)).toEqual(['Richard Lyng']);
    expect(people[0]?.mentions.map((mention) => mention.text)).toEqual(['Richard\nLyng', 'Lyng']);
  });
});

describe('entities: a pronoun with its verb is no name', () => {
  const rows: Array<[text: string, people: string[]]> = [
    ['Rally held\n\n“And I’m telling you, we will win,” the senator said.', []],
    ["Rally held\n\nBut I've said it before: the plan works, Mara Voss said.", ['Mara Voss']],
    [
      'Rally held\n\nThe senator thanked his friend Jim Eastland I’ve known for years, aides said.',
      ['Jim Eastland'],
    ],
    ["Rally held\n\nWe're ready, Tomas Brandt told reporters.", ['Tomas Brandt']],
  ];
  it.each(rows)('%s', (text, people) => {
    const names = ofKind(parseArticle(text).entities, 'person').map((entity) => entity.name);
    expect(names).toEqual(people);
  });
});

describe('entities: common words and job titles are no names', () => {
  // [text, the people, the organisations]
  const rows: Array<[text: string, people: string[], organisations: string[]]> = [
    ['Talks stall\n\nAides said the senator would not run again.', [], []],
    ['Coffee prices\n\nTraders said the export price would rise. Brokers agreed.', [], []],
    [
      'Yen outlook\n\nThe trend is slowing, said Koji Tanaka, Deputy General Manager of the bank’s research arm.',
      ['Koji Tanaka'],
      [],
    ],
    [
      'Bond issue\n\nThe coupon was fixed at 14 pct, said Harbour Capital Markets as lead manager.',
      [],
      ['Harbour Capital Markets'],
    ],
    [
      'Shelf deal\n\nThe deal is done, said Mira Lind, president of Shelf Storage Systems International.',
      ['Mira Lind'],
      ['Shelf Storage Systems International'],
    ],
    [
      'Contracts\n\nThe forum members include Westinghouse and General Electric, the ministry said.',
      [],
      ['General Electric'],
    ],
    [
      'Rates\n\nBanks met on Monday.\n\nA spokesman said the Bundesbank would hold rates. Citicorp said it agreed.',
      [],
      ['Bundesbank', 'Citicorp'],
    ],
    ['Grain\n\nExperts in Moscow said Soviet planting intentions are unchanged.', [], []],
    [
      'Copper\n\nOutput fell.\n\nZambia Consolidated Copper Mines said output would fall.',
      [],
      ['Zambia Consolidated Copper Mines'],
    ],
    ['Talks\n\nEnvoys met.\n\nN. Korea said it would return to the talks in May.', [], []],
    ['Campaign\n\nThe president told African-Americans he would campaign for her.', [], []],
  ];
  it.each(rows)('%s', (text, people, organisations) => {
    const entities = parseArticle(text).entities;
    expect(ofKind(entities, 'person').map((entity) => entity.name)).toEqual(people);
    const found = ofKind(entities, 'organisation').map((entity) => entity.name);
    for (const organisation of organisations) expect(found).toContain(organisation);
  });
});

describe('entities: organisations with a possessive in the name', () => {
  // [text, the organisations, the people]
  const rows: Array<[text: string, organisations: string[], people: string[]]> = [
    ['Rating cut\n\nMoody’s said the outlook was negative. Moody’s cut the rating.', ['Moody’s'], []],
    ["Rating cut\n\nMoody's cut the rating, and Moody’s said more cuts may follow.", ["Moody's"], []],
    ["Rating review\n\nStandard and Poor's said it would review the rating.", ["Standard and Poor's"], []],
    // Names with "and" inside, and the organisation words that follow the name.
    [
      'Filing\n\nThe offering has yet to be approved by the Securities and Exchange Commission.',
      ['Securities and Exchange Commission'],
      [],
    ],
    [
      'Tax bill\n\nThe House Ways and Means Committee will vote on Tuesday.',
      ['Ways and Means Committee'],
      [],
    ],
    [
      'Phone rules\n\nAmerican Telephone and Telegraph Co asked regulators to lift the rules.',
      ['American Telephone and Telegraph Co'],
      [],
    ],
    [
      "Ratings\n\nMoody's Investors Service Inc said it may cut the rating.",
      ["Moody's Investors Service Inc"],
      [],
    ],
    // A firm named for its partners, "and Co".
    [
      'Bond issue\n\nThe bonds were sold through Kidder, Peabody and Co Inc and Samuel Montagu and Co Ltd.',
      ['Kidder, Peabody and Co Inc', 'Samuel Montagu and Co Ltd'],
      [],
    ],
    // A headline in capitals: the name ends where it ends.
    [
      "MOODY'S MAY DOWNGRADE PIEDMONT AVIATION\n\nThe agency met on Monday.\n\nIt said the review would take weeks.",
      ["MOODY'S"],
      [],
    ],
    ['Drought\n\nThe People’s Daily said the drought was the worst in decades.', ['People’s Daily'], []],
    // A person's possessive is not the company's name.
    [
      'Protest held\n\nThe city council met on Monday.\n\nLaquan McDonald’s mother spoke first, Mayor Rahm Emanuel said.',
      [],
      ['Rahm Emanuel'],
    ],
  ];
  it.each(rows)('%s', (text, organisations, people) => {
    const entities = parseArticle(text).entities;
    expect(ofKind(entities, 'organisation').map((entity) => entity.name)).toEqual(organisations);
    for (const person of people) expect(find(entities, 'person', person)?.name).toBe(person);
  });
});

describe('entities: a role in apposition, and the subject of the next clause', () => {
  // [text, the person, their roles]: the phrase after a name inside a sentence that runs into a
  // reporting verb is the next clause's subject; after a name opening its sentence or clause it is a role
  // whose closing comma was left out, as wire copy does.
  it('gives no role from the subject of the next clause', () => {
    const text =
      'Port talks\n\nIn an interview with Harbour Radio hosts Tomas Brandt and Ilse Varga, the Democratic mayoral candidate stated that the port would reopen.';
    const roles = parseArticle(text).entities.flatMap((entity) => entity.roles);
    expect(roles.filter((role) => role.includes('candidate'))).toEqual([]);
  });

  const rows: Array<[text: string, person: string, role: string]> = [
    [
      'Port talks\n\nMark Rogers, paper analyst for Prudential Bache said the port would reopen.',
      'Mark Rogers',
      'paper analyst for Prudential Bache',
    ],
    [
      'Port talks\n\nThe port will reopen next week, Edward Niedermeyer, president of Niedermeyer-Martin Co said yesterday.',
      'Edward Niedermeyer',
      'president of Niedermeyer-Martin Co',
    ],
    [
      'Port talks\n\nShe met Laurie Cestnick, the founder of a group called Occupy the Port, on Monday.',
      'Laurie Cestnick',
      'the founder of a group called Occupy the Port',
    ],
  ];
  it.each(rows)('%s', (text, person, role) => {
    const entity = ofKind(parseArticle(text).entities, 'person').find((found) => found.name === person);
    expect(entity?.roles).toContain(role);
  });

  // A role in the plural before "X and Y" is the role of both; before one name it is no role.
  it('gives a plural role to both names it stands before', () => {
    const text =
      'Port talks\n\nIn an interview with Morning Harbour hosts Tomas Brandt and Mika Varga, the mayor said the port would reopen.';
    const people = ofKind(parseArticle(text).entities, 'person');
    expect(people.map((entity) => [entity.name, entity.roles])).toEqual([
      ['Tomas Brandt', ['Morning Harbour hosts']],
      ['Mika Varga', ['Morning Harbour hosts']],
    ]);
  });

  // "New" opening a sentence is the first word of "New Jersey", not an adjective.
  it('keeps a place that opens the sentence in the role before a name', () => {
    const people = ofKind(
      parseArticle('Port plan approved\n\nNew Jersey Gov. Chris Christie said the plan was fine.').entities,
      'person',
    );
    expect(people.map((entity) => [entity.name, entity.roles])).toEqual([
      ['Chris Christie', ['New Jersey Gov.']],
    ]);
  });

  // A title in the plural opens the run; it is not part of the first name.
  it('reads a plural title as the title of the name after it', () => {
    const text =
      'Visa program\n\nSenators Charles E. Grassley and Patrick J. Leahy said the program would be renewed.';
    const people = ofKind(parseArticle(text).entities, 'person');
    expect(people.map((entity) => entity.name)).toEqual(['Charles E. Grassley', 'Patrick J. Leahy']);
    expect(people[0]?.roles).toContain('Senators');
  });

  it.each([
    'Port talks\n\nThe House candidates Brandt had raised money for all won their seats on Tuesday.',
    'Port talks\n\nCompared to the rival candidates, Brandt and Varga share some views on the port.',
  ])('gives no plural role to one name: %s', (text) => {
    const roles = parseArticle(text).entities.flatMap((entity) => entity.roles);
    expect(roles.filter((role) => role.includes('candidates'))).toEqual([]);
  });

  // A sentence adverb before a comma is no one's name.
  it.each(['Instead', 'Sure', 'Additionally', 'Significantly'])('%s, …', (word) => {
    const text = `Port talks\n\n${word}, the businessman has insisted that the port would reopen.`;
    expect(ofKind(parseArticle(text).entities, 'person').map((entity) => entity.name)).not.toContain(word);
  });
});
