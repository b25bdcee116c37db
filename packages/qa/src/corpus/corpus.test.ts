import { type Article, parseArticle } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { createCorpus } from './index.js';
import { pack, unpack } from './packing.js';

const STORIES: Array<[string, string]> = [
  ['wire', 'ORVIK, May 3 (Newswire) - Four people were killed when a bridge collapsed, police said.'],
  [
    'quotes',
    '“We will rebuild,” said Mayor Otto Brandvold on Friday.\n\nThe Grey Lantern group denied any role.',
  ],
  ['curly and accents', 'Renée Åström’s café “Le Nord” reopened in Tromsø – officials said 12 were hurt.'],
  ['empty', ''],
];

describe('pack / unpack', () => {
  it.each(STORIES)('%s: round trip keeps every field but paragraphs', (_name, text) => {
    const article = parseArticle(text);
    const restored = unpack(pack(article));
    const { paragraphs: _dropped, ...rest } = article as Article & { trace?: unknown };
    expect(restored).toEqual({ ...rest, paragraphs: [] });
  });
});

describe('createCorpus', () => {
  const corpus = createCorpus();
  for (const [id, text] of STORIES) corpus.add(parseArticle(text), id);

  // [stems, article id that must rank first]
  const ranked: Array<[string[], string]> = [
    [['bridg', 'collaps'], 'wire'],
    [['brandvold'], 'quotes'],
    [['café', 'tromsø'], 'curly and accents'],
  ];
  it.each(ranked)('%j ranks %s first', (stems, id) => {
    const top = corpus.rank(stems, 2)[0];
    expect(top && corpus.idAt(top.index)).toBe(id);
  });

  const unranked: Array<[string[]]> = [[['football']], [[]], [['zzzz', 'qqqq']]];
  it.each(unranked)('%j ranks nothing', (stems) => {
    expect(corpus.rank(stems, 5)).toEqual([]);
  });

  it('returns stored articles by id, with valid spans', () => {
    expect(corpus.size).toBe(STORIES.length);
    expect(corpus.ids()).toEqual(STORIES.map(([id]) => id));
    const article = corpus.get('quotes') as Article;
    expect(article.text).toBe(STORIES[1]?.[1]);
    for (const sentence of article.sentences)
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(corpus.get('missing')).toBeUndefined();
  });

  const badInput: Array<[string, unknown, unknown]> = [
    ['not an article', { text: 1 }, 'x'],
    ['empty id', parseArticle('A.'), ''],
    ['duplicate id', parseArticle('A.'), 'wire'],
  ];
  it.each(badInput)('rejects %s', (_name, article, id) => {
    expect(() => corpus.add(article as Article, id as string)).toThrow(/@newsparse\/qa/);
  });
});

describe('createCorpus storage', () => {
  const base = parseArticle(STORIES[1]?.[1] as string);
  // Fields the parser does not produce today but a hand-built or future Article may carry: each must
  // come back exactly as the JSON round trip (`unpack(pack(...))`) gives it.
  const odd: Array<[string, Record<string, unknown>]> = [
    ['fractions and large numbers', { score: 0.375, big: 2 ** 40, negative: -17, tiny: -1e-9 }],
    ['a long non-Latin string', { note: 'Ørsted – “a long note that is well past thirty-two characters”' }],
    ['odd keys', JSON.parse('{"nested": {"2": "two", "__proto__": "own field", "": []}}')],
    ['arrays that are not spans', { pair: [3, 1], triple: [1, 2, 3], mixed: [1, 'a'], empty: [] }],
    ['flags and nulls', { yes: true, no: false, none: null }],
  ];
  it.each(odd)('%s survive the corpus', (_name, extra) => {
    const article = { ...base, extra: JSON.parse(JSON.stringify(extra)) } as Article;
    const corpus = createCorpus().add(article, 'odd');
    expect(corpus.get('odd')).toEqual(unpack(pack(article)));
  });

  it.each(STORIES)('%s: the corpus gives back the article but paragraphs', (_name, text) => {
    const article = parseArticle(text);
    const corpus = createCorpus().add(article, 'story');
    expect(corpus.get('story')).toEqual(unpack(pack(article)));
  });

  it('keeps no reference to the article it was given', () => {
    const article = parseArticle(STORIES[0]?.[1] as string);
    const expected = unpack(pack(article));
    const corpus = createCorpus().add(article, 'wire');
    article.entities.length = 0;
    article.sentences.length = 0;
    (article.casualties[0] as { count: unknown }).count = -1;
    expect(corpus.get('wire')).toEqual(expected);
  });
});
