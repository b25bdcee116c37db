import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parser.js';
import { isValidSpan } from '../span.js';
import { datelineDate, mayFollowPlace, readDateline } from './dateline.js';

interface Expected {
  place: string;
  region: string | null;
  date: string | null;
  agency: string | null;
  span: string;
}

/** Every form of issue 3, as the first body paragraph under a headline; published 2021-03-05. */
const forms: Array<[string, Expected]> = [
  [
    'HOUSTON, Feb 26 - Pipeline operators said they would raise rates.',
    { place: 'HOUSTON', region: null, date: '2021-02-26', agency: null, span: 'HOUSTON, Feb 26 -' },
  ],
  [
    'RICHMOND, Va., March 3 - The state senate passed the budget.',
    { place: 'RICHMOND', region: 'Va.', date: '2021-03-03', agency: null, span: 'RICHMOND, Va., March 3 -' },
  ],
  [
    'TAUPO, New Zealand, March 2 - A small earthquake shook the lake town.',
    {
      place: 'TAUPO',
      region: 'New Zealand',
      date: '2021-03-02',
      agency: null,
      span: 'TAUPO, New Zealand, March 2 -',
    },
  ],
  [
    'BAGHDAD – Rockets struck near the airport road.',
    { place: 'BAGHDAD', region: null, date: null, agency: null, span: 'BAGHDAD –' },
  ],
  [
    'KATHMANDU, April 25 (Reuters) - Flood water cut off three valley towns.',
    // April 25 is after the publication date, so the story was filed the year before.
    {
      place: 'KATHMANDU',
      region: null,
      date: '2020-04-25',
      agency: 'Reuters',
      span: 'KATHMANDU, April 25 (Reuters) -',
    },
  ],
  [
    'MEXICO CITY (AP) — A federal judge halted work on the harbour.',
    { place: 'MEXICO CITY', region: null, date: null, agency: 'AP', span: 'MEXICO CITY (AP) —' },
  ],
  [
    'HEMPSTEAD, N.Y., Sept. 26 (UPI) — Storm warnings were issued for the island.',
    {
      place: 'HEMPSTEAD',
      region: 'N.Y.',
      date: '2020-09-26',
      agency: 'UPI',
      span: 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —',
    },
  ],
  [
    'LONDON, England (CNN) -- The museum reopened its east wing.',
    { place: 'LONDON', region: 'England', date: null, agency: 'CNN', span: 'LONDON, England (CNN) --' },
  ],
  [
    'Beirut, Lebanon, Jan 3 (AFP) - Protesters gathered downtown.',
    {
      place: 'Beirut',
      region: 'Lebanon',
      date: '2021-01-03',
      agency: 'AFP',
      span: 'Beirut, Lebanon, Jan 3 (AFP) -',
    },
  ],
  [
    'WASHINGTON — Senators returned from recess.',
    { place: 'WASHINGTON', region: null, date: null, agency: null, span: 'WASHINGTON —' },
  ],
  [
    'MONTREAL, March 1, Reuter - Seaway traffic fell in the winter.',
    {
      place: 'MONTREAL',
      region: null,
      date: '2021-03-01',
      agency: 'Reuter',
      span: 'MONTREAL, March 1, Reuter -',
    },
  ],
  [
    'TULSA, Okla., Feb 1, - Linear sales rose.',
    { place: 'TULSA', region: 'Okla.', date: '2021-02-01', agency: null, span: 'TULSA, Okla., Feb 1, -' },
  ],
  [
    'lakeview, feb 12 - barrow prices rose in active trade.',
    { place: 'lakeview', region: null, date: '2021-02-12', agency: null, span: 'lakeview, feb 12 -' },
  ],
  [
    'Rio de Janeiro, Brazil, Feb 9 (AFP) - Carnival parades were cancelled.',
    {
      place: 'Rio de Janeiro',
      region: 'Brazil',
      date: '2021-02-09',
      agency: 'AFP',
      span: 'Rio de Janeiro, Brazil, Feb 9 (AFP) -',
    },
  ],
  [
    'SPRINGFIELD ― Lawmakers met behind closed doors.',
    { place: 'SPRINGFIELD', region: null, date: null, agency: null, span: 'SPRINGFIELD ―' },
  ],
  [
    'NEW YORK—The exchange halted trading in two stocks.',
    { place: 'NEW YORK', region: null, date: null, agency: null, span: 'NEW YORK—' },
  ],
  [
    'NEW DELHI: The monsoon arrived early this year.',
    { place: 'NEW DELHI', region: null, date: null, agency: null, span: 'NEW DELHI:' },
  ],
];

/** Capitalised first words of ordinary sentences: none is a dateline. */
const notDatelines: string[] = [
  'Meanwhile, Jones - who led the inquiry - resigned.',
  'Last Tuesday, Iran-backed militias fired rockets at the base.',
  'Officials said on Monday - without giving details - that talks failed.',
  'Former Foreign Minister Karim Haddad called for calm.',
  'By Tuesday evening, the fire had been contained.',
  'Monday, March 3 - a date the union will not forget.',
  'The ministry, in a statement -- its third -- denied the report.',
  'Zebari called on the government to prepare.',
  'UPDATE: The road has reopened.',
  'Q: What did the mayor promise?',
  'HARBOUR VOTE NOT LOST, JUST DELAYED - the council still has time.',
  'HALVERSON--Mary Ann, 91, of Lakeside, died peacefully.',
];

describe('dateline forms', () => {
  it.each(forms)('%s', (paragraph, expected) => {
    const text = `Headline for the story\n\n${paragraph}\n\nA second paragraph follows here.`;
    const article = parseArticle(text, { published: '2021-03-05' });
    const dateline = article.dateline;
    expect(dateline).not.toBeNull();
    expect({
      place: dateline?.place,
      region: dateline?.region,
      date: dateline?.date,
      agency: dateline?.agency,
      span: dateline?.span.text,
    }).toEqual(expected);
    expect(dateline && isValidSpan(text, dateline.span)).toBe(true);
  });
});

describe('not datelines', () => {
  it.each(notDatelines)('%s', (paragraph) => {
    const text = `Headline for the story\n\n${paragraph}\n\nA second paragraph follows here.`;
    expect(parseArticle(text, { published: '2021-03-05' }).dateline).toBeNull();
  });

  it('does not read a speaker turn in a transcript as a dateline', () => {
    const text =
      'Interview with the governor\n\nJANE ROE: Thank you for joining us.\n\nGOVERNOR LEE: Glad to be here.';
    expect(parseArticle(text).dateline).toBeNull();
  });

  it('does not read a headline with a dash as a dateline', () => {
    const text = 'IRAQ - Militias strike the capital\n\nRockets hit the embassy compound overnight.';
    expect(parseArticle(text).dateline).toBeNull();
  });
});

describe('dateline placement', () => {
  const rows: Array<[string, string, string]> = [
    [
      'hard-wrapped wire copy: title, byline and dateline on consecutive lines',
      'PORT AUTHORITY <PAX> SEES HIGHER TRAFFIC\nby Ada Morrow, Reuters\nSEAVIEW, Feb 26 - The port authority said container\ntraffic would rise this year after the new berth opens\nin the spring, its chairman told reporters.\n    The authority expects revenue to grow by a fifth over\nthe next two years as larger ships call at the port.\n Reuter',
      'SEAVIEW',
    ],
    [
      'a bare city before prose, after an all-caps title line',
      'WORLD NEWS HIGHLIGHTS 1800 GMT\nFORTVILLE - Troops entered the camp after five months of\nfighting, witnesses said on the radio in the morning.\n    More news follows in the next bulletin, the desk said.',
      'FORTVILLE',
    ],
    [
      'a one-line story taken for a headline still gives its strong dateline',
      'LONDON, England (CNN) -- The museum reopened its east wing.',
      'LONDON',
    ],
  ];
  it.each(rows)('%s', (_name, text, place) => {
    expect(parseArticle(text, { published: '1987-02-26' }).dateline?.place).toBe(place);
  });
});

describe('readDateline', () => {
  const rows: Array<[string, string | null]> = [
    ['HOUSTON, Feb 26 - text', 'HOUSTON, Feb 26 -'],
    ['GARDEN CITY, N.Y., March 2 - text', 'GARDEN CITY, N.Y., March 2 -'],
    ['ST. LOUIS, Mo., March 3 - text', 'ST. LOUIS, Mo., March 3 -'],
    ['Meanwhile, Jones - text', null],
    ['Tuesday, March 3 - text', null],
    ['As of April 7 - in bushels', null],
  ];
  it.each(rows)('%s', (text, span) => {
    expect(readDateline(text, 0)?.span.text ?? null).toBe(span);
  });
});

describe('mayFollowPlace', () => {
  // Each row: the text, where the city ends, whether a dateline form can follow.
  const rows: Array<[string, number, boolean]> = [
    ['HOUSTON, Feb 26', 7, true],
    ['BAGHDAD (Reuters) -', 7, true],
    ['BAGHDAD \u00a0- text', 7, true],
    ['WASHINGTON ― text', 10, true],
    ['NEW DELHI: text', 9, true],
    ['BOSTON —Standing', 6, true],
    ['The council said', 3, false],
    ['BAGHDAD', 7, false],
  ];
  it.each(rows)('%s at %i → %s', (text, at, expected) => {
    expect(mayFollowPlace(text, at)).toBe(expected);
  });
});

describe('datelineDate', () => {
  const rows: Array<[number, number, number | null, string | null, string | null]> = [
    [2, 26, null, '1987-02-26', '1987-02-26'],
    [12, 31, null, '1988-01-02', '1987-12-31'],
    [3, 3, null, null, '--03-03'],
    [3, 3, 2019, '2021-03-05', '2019-03-03'],
    [2, 30, 2021, null, null],
  ];
  it.each(rows)(
    'month %i day %i printed year %s published %s → %s',
    (month, day, year, published, expected) => {
      expect(datelineDate(month, day, year, published)).toBe(expected);
    },
  );
});
