import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parser.js';
import { storyLead } from './story-lead.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/articles/${name}`, import.meta.url), 'utf8');

describe('storyLead', () => {
  // [article, its lead sentence, or null]
  const rows: Array<[string, string, string | null]> = [
    // After the headline, standfirst, date line and byline; without the dateline.
    [
      'the sample article',
      fixture('sample-port-alder-depot.txt'),
      "Nine people were killed and at least 23 others wounded when rockets struck a fuel depot on the edge of Port Alder's eastern harbour late on Monday, the regional health directorate said.",
    ],
    [
      'a story with no dateline',
      'Storm floods the valley\n\nHeavy rain flooded dozens of homes. Roads were closed.',
      'Heavy rain flooded dozens of homes.',
    ],
    ['a headline alone', 'Council approves harbour plan', 'Council approves harbour plan'],
    ['no text', '', null],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    const lead = storyLead(parseArticle(text));
    expect(lead?.text ?? null).toBe(expected);
    if (lead) expect(text.slice(lead.start, lead.end)).toBe(lead.text);
  });

  it('skips photo captions before the dateline', () => {
    const lead = storyLead(parseArticle(fixture('arab-weekly-2020-11-20-baghdad-embassy.txt')));
    expect(lead?.text.startsWith('Former Iraqi Foreign Minister Hoshyar Zebari')).toBe(true);
  });
});
