import { readFileSync } from 'node:fs';
import { parseArticle } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { ask } from '../index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/articles/${name}`, import.meta.url), 'utf8');

// [article text, how the answer to "What happened?" starts]
const rows: Array<[string, string, string]> = [
  // Headline, standfirst, date line and byline go first; the dateline is left out.
  [
    'the sample article',
    fixture('sample-port-alder-depot.txt'),
    'Nine people were killed and at least 23 others',
  ],
  // A photo caption, printed twice, stands between the date line and the dateline.
  [
    'an article with photo captions',
    fixture('arab-weekly-2020-11-20-baghdad-embassy.txt'),
    'Former Iraqi Foreign Minister Hoshyar Zebari called on the Iraqi government',
  ],
  [
    'a story of one paragraph',
    'At least 45 people were killed and 36 others injured in two car bombings in Benghazi. The attacks came at rush hour.',
    'At least 45 people were killed and 36 others injured in two car bombings in Benghazi.',
  ],
  [
    'a story without a dateline',
    'Storm floods the valley\n\nHeavy rain flooded dozens of homes in the valley on Sunday. Roads were closed.',
    'Heavy rain flooded dozens of homes in the valley on Sunday.',
  ],
];

describe('what happened: the lede', () => {
  it.each(rows)('%s', (_name, text, opening) => {
    const answer = ask('What happened?', [parseArticle(text)]);
    expect(answer.kind).toBe('summary');
    expect(answer.answer?.startsWith(opening)).toBe(true);
  });

  it('abstains on an article with no story text', () => {
    expect(ask('What happened?', [parseArticle('')]).answer).toBeNull();
  });
});
