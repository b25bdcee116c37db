import { parseArticle } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { ask } from '../index.js';

// Sentences of the sample Port Alder story (fixtures/articles/sample-port-alder-depot.txt).
const STORY = [
  'Rocket strike on Port Alder fuel depot kills nine',
  'Nine people were killed when rockets struck a fuel depot in Port Alder late on Monday.',
  'Four rockets hit the depot shortly after 11 p.m. Firefighters needed most of the night to bring the blaze under control.',
  '"This was a cowardly attack on workers who keep this city running," said Governor Amira Castell, who visited the site on Tuesday morning.',
  "The Harbour Workers' Union called a one-day strike in memory of the victims.",
  'The interior ministry said investigators had found a launch site about 12 kilometres north of the city.',
  'The depot, built by Harbour Works in 1990, supplied the port. Two of its guards were killed last year.',
].join('\n\n');
const article = parseArticle(STORY);

describe('any other question', () => {
  // "Who <verb> …": who does it, when the sentence names them just before the verb.
  const doers: Array<[string, string]> = [
    ['Who called a strike?', "Harbour Workers' Union"],
    ['Who visited the site?', 'Amira Castell'],
    ['Who needed most of the night to bring the blaze under control?', 'Firefighters'],
    // A passive verb: who did it follows "by".
    ['Who built the depot?', 'Harbour Works'],
  ];
  it.each(doers)('%s → %s', (question, doer) => {
    expect(ask(question, [article]).answer).toBe(doer);
  });

  // Without a name before the verb, the sentence itself is the answer.
  it('answers with the sentence when no name does the verb', () => {
    expect(ask('Who found the launch site?', [article]).answer).toBe(
      'The interior ministry said investigators had found a launch site about 12 kilometres north of the city.',
    );
  });

  // "Two of its guards were killed" says who died, not who killed them; "the killing of" is no verb.
  it('abstains when the verb is passive with no "by", or is not in the text', () => {
    expect(ask('Who killed the guards?', [article]).answer).toBeNull();
  });

  it('abstains when no sentence holds the question’s words', () => {
    expect(ask('Who organised the parade?', [article]).answer).toBeNull();
  });
});
