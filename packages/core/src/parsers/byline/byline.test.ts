import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parser.js';
import { isValidSpan } from '../../span.js';
import type { BylineRole } from '../../types.js';
import { structureParser } from '../structure.js';
import { contextAfter } from '../testing.js';
import { bylineParser } from './index.js';

interface Expected {
  authors: Array<[string, BylineRole]>;
  agencies: string[];
  span: string;
}

const story = 'The council voted on the plan on Tuesday, officials said.\n\nThe vote was close.';

/** Every byline form of issue 3, placed where newspapers print it. */
const forms: Array<[string, string, Expected]> = [
  [
    'by Name, Agency on the line after a wire title',
    'HARBOUR BOARD <HBR> SEES HIGHER TRAFFIC\nby Ada Morrow, Reuters\nSEAVIEW, Feb 26 - The board said container\ntraffic would rise this year after the new berth opens\nin the spring, its chairman told reporters.\n    Revenue should grow over the next two years.\n Reuter',
    { authors: [['Ada Morrow', 'author']], agencies: ['Reuters'], span: 'by Ada Morrow, Reuters' },
  ],
  [
    'By A and B',
    `Council backs harbour plan\n\nBy Lena Ortiz and Carl Benning\n\n${story}`,
    {
      authors: [
        ['Lena Ortiz', 'author'],
        ['Carl Benning', 'author'],
      ],
      agencies: [],
      span: 'By Lena Ortiz and Carl Benning',
    },
  ],
  [
    'By A, B and C | Agency',
    `Council backs harbour plan\n\nBy Lena Ortiz, Carl Benning and Ruth Okafor | The Associated Press\n\n${story}`,
    {
      authors: [
        ['Lena Ortiz', 'author'],
        ['Carl Benning', 'author'],
        ['Ruth Okafor', 'author'],
      ],
      agencies: ['The Associated Press'],
      span: 'By Lena Ortiz, Carl Benning and Ruth Okafor | The Associated Press',
    },
  ],
  [
    'A, Staff Writer',
    `Council backs harbour plan\n\nJonas Pell, Staff Writer\n\n${story}`,
    { authors: [['Jonas Pell', 'author']], agencies: [], span: 'Jonas Pell, Staff Writer' },
  ],
  [
    'By A, Agency Writer',
    `Council backs harbour plan\n\nBy JONAS PELL, Associated Press Writer\n\n${story}`,
    {
      authors: [['JONAS PELL', 'author']],
      agencies: ['Associated Press'],
      span: 'By JONAS PELL, Associated Press Writer',
    },
  ],
  [
    'Story by A; photos by B',
    `Council backs harbour plan\n\nStory by Ivy Marsh; photos by Dan Kettle\n\n${story}`,
    {
      authors: [
        ['Ivy Marsh', 'author'],
        ['Dan Kettle', 'photos'],
      ],
      agencies: [],
      span: 'Story by Ivy Marsh; photos by Dan Kettle',
    },
  ],
  [
    'a byline at the end',
    `Council backs harbour plan\n\n${story}\n\nBy Nora Vance`,
    { authors: [['Nora Vance', 'author']], agencies: [], span: 'By Nora Vance' },
  ],
  [
    'wire trailer with roles',
    `Floods cut off valley towns\n\n${story}\n\n(Reporting by Mara Ellison in Kathmandu; Additional reporting by Priya Nand; Writing by Tomas Ruiz; Editing by Helen Park and Owen Grady)`,
    {
      authors: [
        ['Mara Ellison', 'reporting'],
        ['Priya Nand', 'reporting'],
        ['Tomas Ruiz', 'writing'],
        ['Helen Park', 'editing'],
        ['Owen Grady', 'editing'],
      ],
      agencies: [],
      span: '(Reporting by Mara Ellison in Kathmandu; Additional reporting by Priya Nand; Writing by Tomas Ruiz; Editing by Helen Park and Owen Grady)',
    },
  ],
  [
    'agency contributed to this report',
    `Court halts harbour project\n\n${story}\n\nThe Associated Press contributed to this report.`,
    {
      authors: [],
      agencies: ['The Associated Press'],
      span: 'The Associated Press contributed to this report.',
    },
  ],
  [
    'a person contributed reporting, after the last sentence of a paragraph',
    `Court halts harbour project\n\n${story} Jane Roe in Lyon contributed reporting.`,
    {
      authors: [['Jane Roe', 'contributing']],
      agencies: [],
      span: 'Jane Roe in Lyon contributed reporting.',
    },
  ],
  [
    'top byline and wire trailer together',
    `Floods cut off valley towns\n\nBy Mara Ellison, Reuters\n\n${story}\n\nEditing by Helen Park`,
    {
      authors: [
        ['Mara Ellison', 'author'],
        ['Helen Park', 'editing'],
      ],
      agencies: ['Reuters'],
      span: 'By Mara Ellison, Reuters',
    },
  ],
  [
    'a name typed in lower case, signed by a wire',
    `Council backs harbour plan\n\nBy lena ortiz, Reuters\n\n${story}`,
    { authors: [['lena ortiz', 'author']], agencies: ['Reuters'], span: 'By lena ortiz, Reuters' },
  ],
  [
    'a surname that is also a month',
    `Council backs harbour plan\n\nBY ELIN MAY, REUTERS\n\n${story}`,
    { authors: [['ELIN MAY', 'author']], agencies: ['REUTERS'], span: 'BY ELIN MAY, REUTERS' },
  ],
];

/** Text that starts with "By" or looks like a credit and is not one. */
const notBylines: Array<[string, string]> = [
  ['By Tuesday evening', `Fire contained\n\nBy Tuesday evening, the fire had been contained.\n\n${story}`],
  ['By contrast', `Bond yields rise\n\nBy contrast, bond yields rose sharply.\n\n${story}`],
  ['By 2030', `City plans trees\n\nBy 2030 the city plans to plant 10,000 trees.\n\n${story}`],
  ['By the time', `Rescue ends\n\nBy the time rescuers arrived, the river had risen.\n\n${story}`],
  ['By March', `Prices double\n\nBy March, prices had doubled.\n\n${story}`],
  ['By Christmas Day', `Roads reopen\n\nBy Christmas Day the roads were open again.\n\n${story}`],
  [
    'lower-case words without a wire',
    `Council backs plan\n\nBy the river bank the works stopped.\n\n${story}`,
  ],
  ['lower-case words before a wire', `Council backs plan\n\nBy far the most, Reuters said.\n\n${story}`],
  ['By order of the court', `Works halted\n\nBy order of the court, the works stopped.\n\n${story}`],
  [
    'a wrapped body line starting with "by"',
    'BANK SEES GAINS\nSEAVIEW, Feb 26 - The bank said the offer was made\nby First Harbour Bancorp and Coastal Trust, a pair of\nlenders that have long been rivals in the region.\n Reuter',
  ],
  ['a sign-off', `Council backs harbour plan\n\n${story}\n\n Reuter`],
  [
    'sources contributed',
    `Council backs harbour plan\n\n${story}\n\nSources close to the council contributed to this report.`,
  ],
];

describe('byline forms', () => {
  it.each(forms)('%s', (_name, text, expected) => {
    const byline = parseArticle(text, { published: '2021-03-05' }).byline;
    expect(byline).not.toBeNull();
    expect(byline?.authors.map((author) => [author.name, author.role])).toEqual(expected.authors);
    expect(byline?.agencies).toEqual(expected.agencies);
    expect(byline?.span.text).toBe(expected.span);
    for (const author of byline?.authors ?? []) {
      expect(isValidSpan(text, author.span)).toBe(true);
      expect(author.span.text).toBe(author.name);
    }
  });
});

describe('not bylines', () => {
  it.each(notBylines)('%s', (_name, text) => {
    expect(parseArticle(text, { published: '2021-03-05' }).byline).toBeNull();
  });

  it('finds none in the seed article', () => {
    const seed = readFileSync(
      new URL('../../../../../fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt', import.meta.url),
      'utf8',
    );
    expect(parseArticle(seed).byline).toBeNull();
  });
});

describe('byline paragraphs are furniture', () => {
  it('marks the byline paragraph and starts the body after it', () => {
    const text = `Council backs harbour plan\n\nBy Lena Ortiz\n\n${story}`;
    const context = contextAfter(text, [structureParser]);
    const bylineIndex = context.article.paragraphs.findIndex(
      (paragraph) => paragraph.text === 'By Lena Ortiz',
    );
    bylineParser.parse(context);
    expect(context.layout.furniture.has(bylineIndex)).toBe(true);
    expect(context.layout.bodyStart).toBe(bylineIndex + 1);
  });
});
