import { parseArticle } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { ask } from '../index.js';

// [article text, question, the answer, or null when the text holds no such count]
const rows: Array<[string, string, string | null]> = [
  [
    'KESSLING, March 4 (Newswire) - At least nine people were killed and 14 others wounded when militants fired rockets at the airport.',
    'How many people were killed?',
    'at least 9',
  ],
  [
    'KESSLING, March 4 (Newswire) - At least nine people were killed and 14 others wounded when militants fired rockets at the airport.',
    'How many were wounded?',
    '14',
  ],
  ['Gunmen killed 12 villagers in an overnight raid, the army said.', 'How many people were killed?', '12'],
  [
    'More than 20 people were killed in the blast, police said.',
    'How many people were killed?',
    'more than 20',
  ],
  ['Between 10 and 15 people were injured in the blast.', 'How many were injured?', '10 to 15'],
  ['Nearly 30 people were killed in the blast, police said.', 'How many people were killed?', 'about 30'],
  // A day of the month beside the casualty word is a date, not a count.
  [
    'A German tourist and a Czech citizen, who succumbed to her wounds on 27 July in a hospital in Cairo, were killed when a knifeman attacked a resort.',
    'How many people were killed?',
    null,
  ],
  [
    'The bombing of July 14 in the market, which killed civilians, was condemned by the United Nations.',
    'How many people were killed?',
    null,
  ],
  ['A man aged 30 was wounded in the attack on the checkpoint.', 'How many people were injured?', null],
  // Numbers beside words of death that count no one.
  [
    'Voters\n\nThe rally was on Monday.\n\nWoodrow Benford, 58, who lives outside Minneapolis, says he knew little about the senator.',
    'How many people were killed?',
    null,
  ],
  [
    'Nurses\n\nThe strike began.\n\nAs nurses we work 15 extra minutes when we are dead on our feet, she said.',
    'How many people were killed?',
    null,
  ],
  // Who, with the count as the text writes it.
  [
    'Blast at depot\n\nPolice arrested three men near the launch site on Tuesday.',
    'Who was arrested?',
    'three men',
  ],
  // A partitive count, from the Arab Weekly report of the Baghdad embassy attack.
  [
    'Rockets hit embassy\n\nThe militia claimed responsibility for the attacks, which it said came in response to the US Army’s arrest of three of its members in the city of Fallujah.',
    'Who was arrested?',
    'three of its members',
  ],
  [
    'Blast at depot\n\nAt least nine soldiers were killed when the convoy was hit.',
    'Who was killed?',
    'At least nine soldiers',
  ],
  [
    'Blast at depot\n\nA bomber blew himself up near the police headquarters. Only the attacker was killed.',
    'Who was killed?',
    'the attacker',
  ],
  // "Who was shot?" names no kind: the wounded when no one died.
  [
    'Shooting at the harbour\n\nTwo police officers were shot and wounded outside the harbour station on Monday.',
    'Who was shot?',
    'Two police officers',
  ],
  [
    'Shooting at the harbour\n\nA gunman shot dead three guards outside the harbour station on Monday.',
    'Who was shot?',
    'three guards',
  ],
  // A bombing tells of no one shot.
  ['Blast at depot\n\nA bomb killed 12 people at the market on Monday.', 'Who was shot?', null],
  // Who: the list after "among the dead were", up to the attribution the quote parser reads.
  [
    'Nine people were killed.\n\nAmong the dead were six depot employees, two firefighters and a lorry driver, spokesman Tomas Ruel told reporters.',
    'Who was killed?',
    'six depot employees, two firefighters and a lorry driver',
  ],
  [
    'A bomb killed 12 people at the market. The dead included three children and a police officer.',
    'Who was killed?',
    'three children and a police officer',
  ],
  [
    'A bomb wounded 20 people at the market. Among the injured was the town mayor, Ali Hassan.',
    'Who was injured?',
    'the town mayor, Ali Hassan',
  ],
  // "Four of the wounded were in a critical condition" says how they are, not who they are.
  [
    'A bomb wounded 20 people at the market. He said four of the wounded were in a critical condition.',
    'Who was injured?',
    '20 people',
  ],
];

describe('casualties answerer', () => {
  it.each(rows)('%s / %s', (text, question, expected) => {
    const article = parseArticle(text, { published: '2017-07-20' });
    const answer = ask(question, [article]);
    expect(answer.answer).toBe(expected);
  });
});

describe('count answerer', () => {
  // The sample Port Alder story: the event starts in the lede, the count is in the next paragraph.
  const text =
    'Depot hit\n\nNine people were killed when rockets struck a fuel depot in Port Alder late on Monday.\n\nFour rockets hit the depot shortly after 11 p.m., setting two storage tanks ablaze.';
  it.each([
    ['How many rockets?', '4', 'Four rockets'],
    ['How many rockets were fired?', '4', 'Four rockets'],
    ['How many tanks were set ablaze?', '2', 'two storage tanks'],
  ])('%s → %s, shown by %s', (question, count, shown) => {
    const answer = ask(question, [parseArticle(text)]);
    expect(answer.answer).toBe(count);
    expect(answer.evidence[0]?.span.text).toBe(shown);
  });
});
