import { type Article, parseArticle } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../document.js';
import { classifyQuestion } from '../question.js';
import { claimsAnswerer } from './claims.js';

// Invented names and places, told the way wire stories tell an attack.
const NAMED_AND_CLAIMED = parseArticle(
  'Two killed in bridge stabbing\n\nTwo people were killed in a stabbing on the Harbour Bridge in Dunmore on Friday, police said.\n\nThe attacker, 31 year old Daniel Okafor, was shot dead by officers at the scene.\n\nThe Northern Front claimed responsibility for the attack in a statement.',
);
const CLAIMED_ONLY = parseArticle(
  'Bomb kills five at depot\n\nFive people were killed when a bomb exploded at a fuel depot in Kessling on Monday, officials said.\n\nThe Crimson Hand Army claimed responsibility for the bombing.',
);
const NAMED_ONLY = parseArticle(
  'Gunman held after ferry siege\n\nA gunman held nine passengers hostage on a ferry near Arvenne on Sunday, police said.\n\nThe gunman, identified as Pavel Rudenko, was arrested after six hours.',
);
const NEITHER = parseArticle(
  'Blast hits market\n\nThree people were wounded when a device exploded at a market in Dunmore on Monday, police said.\n\nNo group has claimed responsibility for the explosion.',
);
// The attackers stated as fact, without a claim: "X militants attacked ...".
const STATED_ONLY = parseArticle(
  'Camp attack kills 12\n\nTwelve people were killed when Dawa Karim militants attacked a displacement camp near Kessling on Sunday, officials said.',
);
const STATED_AND_CLAIMED = parseArticle(
  'Police post attacked\n\nNorthern Front militants attacked a police post in Orlo on Monday, killing five officers.\n\nThe Crimson Hand Army later claimed responsibility for the attack.',
);
const NAMED_AND_STATED = parseArticle(
  'Four killed at bus station\n\nA Northern Front militant attacked a bus station in Arvenne on Friday, killing four people, police said.\n\nThe attacker, 24 year old Pavel Rudenko, was arrested at the scene.',
);

// Attackers the text describes without a name (from the Wikipedia list of terrorist incidents, 2016).
const DESCRIBED_ONLY = parseArticle(
  'Shooting at restaurant\n\nTwo Palestinian gunmen opened fire in a restaurant in Tel Aviv, killing 4 diners.',
);
const DESCRIBED_VAGUELY = parseArticle(
  'Shooting at restaurant\n\nGunmen opened fire in a restaurant in Tel Aviv, killing 4 diners.',
);

// No claim, but blame and a denial: who claimed it is "no one", who carried it out is the blamed group.
const BLAMED_NOT_CLAIMED = parseArticle(
  'Car bomb at police station\n\nA car bomb exploded outside a police station in Kesselton on Monday, killing four officers. No group has claimed the attack, but the authorities blamed the Red Harbour Movement, which denied any involvement.',
);

describe('claimsAnswerer', () => {
  // [article, question, answer, the evidence span]
  const rows: Array<[string, string, Article, string, string]> = [
    ['named and claimed', 'Who carried out the attack?', NAMED_AND_CLAIMED, 'Daniel Okafor', 'Daniel Okafor'],
    ['named and claimed', 'Who was the attacker?', NAMED_AND_CLAIMED, 'Daniel Okafor', 'Daniel Okafor'],
    ['named and claimed', 'who is the suspect', NAMED_AND_CLAIMED, 'Daniel Okafor', 'Daniel Okafor'],
    [
      'named and claimed',
      'Who claimed responsibility for the attack?',
      NAMED_AND_CLAIMED,
      'Northern Front',
      'Northern Front',
    ],
    ['named and claimed', "who's behind the attack", NAMED_AND_CLAIMED, 'Northern Front', 'Northern Front'],
    ['claimed only', 'Who carried out the bombing?', CLAIMED_ONLY, 'Crimson Hand Army', 'Crimson Hand Army'],
    [
      'claimed only',
      'Who claimed responsibility for the bombing?',
      CLAIMED_ONLY,
      'Crimson Hand Army',
      'Crimson Hand Army',
    ],
    ['named only', 'Who was the gunman?', NAMED_ONLY, 'Pavel Rudenko', 'Pavel Rudenko'],
    // The person named as the attacker, then the attackers the text states, then the claimant.
    ['stated only', 'Who carried out the attack?', STATED_ONLY, 'Dawa Karim', 'Dawa Karim'],
    ['stated only', 'Who attacked the camp?', STATED_ONLY, 'Dawa Karim', 'Dawa Karim'],
    [
      // A claim names the organisation where the text may name only its fighters: core's perpetratorOf.
      'stated and claimed',
      'Who carried out the attack?',
      STATED_AND_CLAIMED,
      'Crimson Hand Army',
      'Crimson Hand Army',
    ],
    [
      'stated and claimed',
      'Who claimed responsibility for the attack?',
      STATED_AND_CLAIMED,
      'Crimson Hand Army',
      'Crimson Hand Army',
    ],
    ['named and stated', 'Who carried out the attack?', NAMED_AND_STATED, 'Pavel Rudenko', 'Pavel Rudenko'],
    [
      'blamed, not claimed',
      'Who carried out the attack?',
      BLAMED_NOT_CLAIMED,
      'Red Harbour Movement',
      'Red Harbour Movement',
    ],
    [
      'described only',
      'Who carried out the attack?',
      DESCRIBED_ONLY,
      'Two Palestinian gunmen',
      'Two Palestinian gunmen',
    ],
  ];
  it.each(rows)('%s: %s', (_label, question, article, answer, span) => {
    const result = claimsAnswerer.answer(classifyQuestion(question), createDoc('article-1', article));
    expect(result.answer).toBe(answer);
    if (result.answer === null) return;
    expect(result.evidence.map((evidence) => evidence.span.text)).toEqual([span]);
    const evidence = result.evidence[0];
    expect(article.text.slice(evidence?.span.start, evidence?.span.end)).toBe(span);
    expect(evidence?.sentence.start).toBeLessThanOrEqual(evidence?.span.start ?? -1);
  });

  // [article, question, the reason given]
  const abstained: Array<[string, string, Article, string]> = [
    [
      'named only',
      'Who claimed responsibility for the attack?',
      NAMED_ONLY,
      'no claim of responsibility in this article',
    ],
    ['neither', 'Who carried out the attack?', NEITHER, 'the article says no one has claimed the attack'],
    [
      'stated only',
      'Who claimed responsibility for the attack?',
      STATED_ONLY,
      'no claim of responsibility in this article',
    ],
    [
      'blamed, not claimed',
      'Who claimed the attack?',
      BLAMED_NOT_CLAIMED,
      'the article says no one has claimed the attack; Red Harbour Movement was blamed for it',
    ],
    // "Gunmen" says nothing the question did not; nor is a description a claimant.
    [
      'described vaguely',
      'Who carried out the attack?',
      DESCRIBED_VAGUELY,
      'no named attacker or claim of responsibility in this article',
    ],
    [
      'described only',
      'Who claimed the attack?',
      DESCRIBED_ONLY,
      'no claim of responsibility in this article',
    ],
  ];
  it.each(abstained)('%s: %s → abstains', (_label, question, article, reason) => {
    const result = claimsAnswerer.answer(classifyQuestion(question), createDoc('article-1', article));
    expect(result).toEqual({ answer: null, reason });
  });
});

describe('no claim of responsibility in a story of no attack', () => {
  // Politics and business: "claims", "blamed" and "responsible" here are about something else.
  const rows: string[] = [
    'Tax fight\n\nThe senator spoke on Monday.\n\nPay no attention to his tax claims, the governor said. Second, he is not as charitable as he claims to be.',
    'Sales unit\n\nShares rose on Monday.\n\nIBM said the new group is responsible for direct sales. Although analysts blamed the weak dollar for lower profits, the company was upbeat.',
  ];
  it.each(rows)('%s', (text) => {
    const doc = createDoc('a1', parseArticle(text));
    const answer = claimsAnswerer.answer(classifyQuestion('Who claimed responsibility for the attack?'), doc);
    expect(answer.answer ?? null).toBeNull();
  });
});
