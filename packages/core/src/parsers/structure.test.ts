import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';
import { isValidSpan, spanOf } from '../span.js';
import { parsePublicationLine } from './publication-date.js';
import {
  endsLikeSentence,
  isAllCapitals,
  isPageFurniture,
  parseCaption,
  splitLines,
  splitParagraphs,
  startsWithLongClause,
} from './structure.js';

const seedText = readFileSync(
  new URL('../../../../fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt', import.meta.url),
  'utf8',
);

describe('publication date lines', () => {
  const rows: Array<[string, string, string | null]> = [
    ['Friday 20/11/2020', '2020-11-20', null],
    ['November 20, 2020', '2020-11-20', null],
    ['Published 20 Nov 2020 14:03 GMT', '2020-11-20', '14:03'],
    ['Updated: Nov. 3, 2021 at 9:15 p.m. ET', '2021-11-03', '21:15'],
    ['2019-06-04', '2019-06-04', null],
    ['Posted on Tuesday, 4 June 2019', '2019-06-04', null],
    ['Last updated 12/25/2018', '2018-12-25', null],
    ['Mon 3 Feb 2025 08.30 GMT', '2025-02-03', '08:30'],
  ];
  it.each(rows)('%s → %s', (line, date, time) => {
    const result = parsePublicationLine(spanOf(line, 0, line.length));
    expect(result?.date).toBe(date);
    expect(result?.time ?? null).toBe(time);
  });

  const notDates: string[] = [
    'The council met on November 20, 2020 to discuss the budget for the coming year.',
    'Tuesday evening',
    'Six people were killed.',
    'By 2030 the town expects to double in size',
    '2020',
  ];
  it.each(notDates)('not a date line: %s', (line) => {
    expect(parsePublicationLine(spanOf(line, 0, line.length))).toBeNull();
  });
});

describe('photo captions', () => {
  const rows: Array<[string, string, string]> = [
    ['Firefighters work at the scene of the blast in the port district. (REUTERS)', 'REUTERS', 'blast'],
    ['A man walks past the damaged market on Sunday. (AP Photo/Lena Ortiz)', 'AP Photo/Lena Ortiz', 'market'],
    ['Rescue workers search the rubble of the school. Photo: AFP', 'AFP', 'rubble'],
    ['Crowds gather outside the parliament building AP Photo/Tom Marsh', 'AP Photo/Tom Marsh', 'parliament'],
    ['Police cordon off the square after the attack. (Getty Images)', 'Getty Images', 'square'],
  ];
  it.each(rows)('%s', (line, credit, word) => {
    const caption = parseCaption(line, spanOf(line, 0, line.length));
    expect(caption?.credit).toBe(credit);
    expect(caption?.text.text).toContain(word);
    expect(caption?.text.text).not.toContain(credit);
  });

  const notCaptions: string[] = [
    'The field commander of the Popular Mobilisation Forces (PMF)',
    'He joined the National Democratic Front (NDF)',
    'Officials said the talks would resume next week.',
  ];
  it.each(notCaptions)('not a caption: %s', (line) => {
    expect(parseCaption(line, spanOf(line, 0, line.length))).toBeNull();
  });
});

describe('paragraphs', () => {
  it('reads one paragraph a line in pasted text', () => {
    const text = 'First paragraph here.\nSecond one here.\n\nThird after a blank line.';
    expect(splitParagraphs(text).map((span) => span.text)).toEqual([
      'First paragraph here.',
      'Second one here.',
      'Third after a blank line.',
    ]);
  });

  it('joins wrapped wire copy and starts a paragraph at an indent', () => {
    const text = [
      'HARBOUR TOWN COUNCIL APPROVES NEW FERRY TERMINAL PLAN',
      'By Mara Lindqvist, Reuters',
      'PORTVILLE, March 4 - The Portville town council said it approved',
      'a plan to build a new ferry terminal on the north side of the',
      'harbour, ending two years of debate over the project.',
      '    The council said construction would begin in the autumn and',
      'cost about 40 mln dlrs, most of it from a state grant.',
    ].join('\n');
    const paragraphs = splitParagraphs(text).map((span) => span.text.replace(/\s+/g, ' '));
    expect(paragraphs).toEqual([
      'HARBOUR TOWN COUNCIL APPROVES NEW FERRY TERMINAL PLAN',
      'By Mara Lindqvist, Reuters',
      'PORTVILLE, March 4 - The Portville town council said it approved a plan to build a new ferry terminal on the north side of the harbour, ending two years of debate over the project.',
      'The council said construction would begin in the autumn and cost about 40 mln dlrs, most of it from a state grant.',
    ]);
  });

  it.each(['Share', 'Read more', 'Share | Facebook | Twitter', 'Skip to content', '3 min read', '•'])(
    'page furniture: %s',
    (line) => {
      expect(isPageFurniture(line)).toBe(true);
    },
  );
  it.each(['Floods cut off three villages', 'Read the statement in full below.'])(
    'not furniture: %s',
    (line) => {
      expect(isPageFurniture(line)).toBe(false);
    },
  );
});

describe('endsLikeSentence', () => {
  it.each([
    ['He said.', true],
    ['He said. \u00a0 ', true],
    ['“We will stay,” he said”', true],
    ['(REUTERS)', true],
    ['Police:', true],
    ['wrapped in the middle of a', false],
    ['   ', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(endsLikeSentence(line)).toBe(expected);
    expect(/[.!?:"”’)]\s*$/.test(line)).toBe(expected);
  });
});

describe('splitLines', () => {
  it.each([
    ['', ['']],
    ['one', ['one']],
    ['one\ntwo\n', ['one', 'two', '']],
    ['one\r\ntwo\rthree', ['one', 'two', 'three']],
    ['one\u2029two\n\nthree', ['one', 'two', '', 'three']],
  ])('%j', (text, expected) => {
    const lines = splitLines(text);
    expect(lines.map((line) => line.text)).toEqual(expected);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });
});

describe('startsWithLongClause', () => {
  it.each([
    ['Listen to this article | Share', false],
    ['Listen to this article! | Share', true],
    ['  listen to this article  ', false],
    ['  listen   to this article', true],
    ['Floods cut off three villages', true],
    ['Floods, cut off three villages', false],
    ['Floods cut - off three villages', false],
    ['12345678901234567890123 minute read', false],
    ['', false],
  ])('%s → %s', (rest, expected) => {
    expect(startsWithLongClause(rest)).toBe(expected);
  });
});

describe('article structure', () => {
  const webPaste = [
    'Menu',
    'Share',
    'Floods cut off three mountain villages after days of rain',
    'Rescue teams reached the valley by helicopter on Sunday as roads stayed closed.',
    'Published 14 March 2021 09:30 GMT',
    'A rescue helicopter lands near a flooded bridge. (Photo: Alpine Rescue Service)',
    'Read more',
    'Heavy rain has cut off three villages in the upper valley, officials said on Sunday.',
    'The regional governor, Elena Varga, said the army would help clear the roads.',
  ].join('\n');

  it('finds headline, standfirst, date and caption in text pasted from a web page', () => {
    const article = parseArticle(webPaste);
    expect(article.headline?.text).toBe('Floods cut off three mountain villages after days of rain');
    expect(article.standfirst?.text).toContain('Rescue teams reached the valley');
    expect(article.published?.date).toBe('2021-03-14');
    expect(article.published?.time).toBe('09:30');
    expect(article.captions).toHaveLength(1);
    expect(article.captions[0]?.credit).toBe('Alpine Rescue Service');
  });

  // A text of one paragraph: a brief of prose is the story; a short line is still a headline.
  it.each([
    [
      'Gunmen killed 12 people in Kessling on Tuesday. The Northern Dawn Brigade claimed responsibility, police said.',
      null,
    ],
    ['Council approves harbour plan', 'Council approves harbour plan'],
    ['Trump wins Iowa caucus.', 'Trump wins Iowa caucus.'],
  ])('reads the only paragraph %j with headline %j', (text, headline) => {
    const article = parseArticle(text);
    expect(article.headline?.text ?? null).toBe(headline);
  });

  it('reads the people and quotes of a story of one paragraph', () => {
    const article = parseArticle(
      'Gunmen killed 12 people in Kessling on Tuesday. "This was a cowardly attack," said Governor Hana Dervish.',
    );
    expect(article.entities.map((entity) => entity.name)).toContain('Hana Dervish');
    expect(article.quotes.map((quote) => quote.speaker?.name)).toEqual(['Hana Dervish']);
  });

  // A story pasted without its headline: the short paragraph after a long lede is story, not headline.
  it('reads no headline after the lede of a story pasted without one', () => {
    const article = parseArticle(
      [
        'Gunmen killed 12 people in an overnight raid on the village of Kessling in the north of the country, officials said on Tuesday, in the deadliest attack in the region this year.',
        'The Valley Brigade claimed the attack.',
        'Troops were sent to the village.',
      ].join('\n\n'),
    );
    expect(article.headline).toBeNull();
    expect(article.claims.map((claim) => [claim.kind, claim.actor?.name])).toEqual([
      ['claimed', 'Valley Brigade'],
    ]);
  });

  // A label or a byline, then the lede: the lede is story, not the headline.
  it.each(['BREAKING', 'By Lena Marchetti'])('reads the lede after %j as story', (line) => {
    const article = parseArticle(
      `${line}\n\nGunmen killed 12 people in Kessling on Tuesday, and the Valley Brigade claimed the attack.\n\nTroops were sent.`,
    );
    expect(article.headline).toBeNull();
    expect(article.entities.map((entity) => entity.name)).toContain('Valley Brigade');
  });

  it('has no standfirst when the story follows the headline directly', () => {
    const article = parseArticle(
      'Council approves harbour plan\n\nThe town council approved the harbour plan on Monday.\n\nWork starts in May.',
    );
    expect(article.headline?.text).toBe('Council approves harbour plan');
    expect(article.standfirst).toBeNull();
  });

  it('uses options.published when the text has no date line', () => {
    const article = parseArticle('Council approves harbour plan\n\nThe council approved it.', {
      published: new Date('2022-05-06T10:00:00Z'),
    });
    expect(article.published).toEqual({ date: '2022-05-06', time: null, span: null, source: 'option' });
  });

  it('parses the seed article to its golden structure', () => {
    const golden = JSON.parse(
      readFileSync(
        new URL(
          '../../../../fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.expected.json',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    const article = parseArticle(seedText);
    expect(article.headline?.text).toBe(golden.expected.headline);
    expect(article.standfirst?.text).toContain(golden.expected.standfirst.contains[0]);
    expect(article.published?.date).toBe('2020-11-20');
    expect(article.captions).toHaveLength(1);
    expect(article.captions[0]?.credit).toBe('REUTERS');
    expect(article.captions[0]?.text.text).toMatch(/^A demonstrator holds a picture/);
    for (const span of [...article.paragraphs, ...article.sentences])
      expect(isValidSpan(seedText, span)).toBe(true);
  });
});

describe('sentences', () => {
  const rows: Array<[string, string[]]> = [
    [
      'The vote ended at 5 p.m. on Tuesday, officials said. Counting began at once.',
      ['The vote ended at 5 p.m. on Tuesday, officials said.', 'Counting began at once.'],
    ],
    [
      'Sen. Ada Brooks, R-S.C., said the bill would pass. Others disagreed.',
      ['Sen. Ada Brooks, R-S.C., said the bill would pass.', 'Others disagreed.'],
    ],
    [
      'The polls closed at 8 p.m. “We expect a long night,” an official said.',
      ['The polls closed at 8 p.m.', '“We expect a long night,” an official said.'],
    ],
    [
      'Sen. Jane Roe (R-Ga.) said the vote would wait. Her aides agreed.',
      ['Sen. Jane Roe (R-Ga.) said the vote would wait.', 'Her aides agreed.'],
    ],
    [
      'Smoke rises over the harbour after the blast. (REUTERS)\nThe port reopened on Friday.',
      ['Smoke rises over the harbour after the blast. (REUTERS)', 'The port reopened on Friday.'],
    ],
    [
      'The U.S. envoy arrived on Monday. She met the president.',
      ['The U.S. envoy arrived on Monday.', 'She met the president.'],
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(parseArticle(text).sentences.map((span) => span.text)).toEqual(expected);
  });
});

describe('bad input', () => {
  it('gives an empty article for empty or blank text', () => {
    for (const text of ['', '   \n\n  ']) {
      const article = parseArticle(text);
      expect(article.headline).toBeNull();
      expect(article.paragraphs).toEqual([]);
    }
  });

  it('throws a TypeError naming the package for non-string input', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(null as unknown as string)).toThrow(/@newsparse\/core/);
  });
});

describe('isAllCapitals', () => {
  const rows: Array<[string, boolean]> = [
    ['BAGHDAD (REUTERS) -', true],
    ['BAGHDAD (Reuters) -', false],
    ['EXCLUSIVE', true],
    ['UN SAYS', true],
    ['UN SAY', false],
    ['ÉTATS-UNIS ET CANADA', true],
    ['ÉTATS-UNIS et CANADA', false],
    ['STRASSE ß', false],
    ['ΑΘΗΝΑ ΕΛΛΑΔΑ', true],
    ['12345 !!!', false],
    ['', false],
  ];
  it.each(rows)('%j is all capitals: %s', (line, expected) => {
    expect(isAllCapitals(line)).toBe(expected);
    const letters = line.replace(/[^\p{L}]/gu, '');
    expect(isAllCapitals(line)).toBe(letters.length >= 6 && letters === letters.toUpperCase());
  });
});
