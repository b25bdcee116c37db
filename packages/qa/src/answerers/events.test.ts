import { parseArticle } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { ask } from '../index.js';

const story = (body: string) => `Attack in the region\n\nOfficials met on Tuesday.\n\n${body}`;

describe('where did the attack happen', () => {
  // [story, the place answered]
  const rows: Array<[string, string]> = [
    // The attack's sentence names no "attack" or "happen": the casualty words find it.
    ['Twin bombings in the Old City of Varna killed at least 14 people on Monday.', 'Old City of Varna'],
    ['At least 52 soldiers were killed at a base in northeast Aden when a bomber struck.', 'Aden'],
    ['Suicide bombers attacked a gas plant in Taji north of Baghdad, killing 14 people.', 'Taji'],
    // A stabbing or an ambush is the attack too (from the Wikipedia list of terrorist incidents).
    ['A man stabbed and ran over several people in the Southern Israeli city of Beersheba.', 'Beersheba'],
    [
      'A gunman opened fire on the Islamic Centre, just outside the Norwegian capital Oslo, wounding a man.',
      'Oslo',
    ],
    // A place after "in / at / near" comes before a place named elsewhere in a better-ranked sentence.
    [
      'A suicide bombing occurred near Abbey Gate at the airport in Kabul. At least 183 people were killed in the attacks, including 13 US service members.',
      'Abbey Gate',
    ],
  ];
  it.each(rows)('%s → %s', (body, place) => {
    expect(ask('Where did the attack happen?', [parseArticle(story(body))]).answer).toBe(place);
  });

  // A nationality before a noun is no place: "in the Somali capital", "near the Syrian border".
  it.each([
    ['A car bomb exploded outside a school in the Somali capital, killing 12 people.', 'Somali'],
    ['A suicide bomb attack at a Kurdish wedding near the Syrian border killed 50 people.', 'Syrian'],
  ])('%s is not answered with %s', (body, nationality) => {
    expect(ask('Where did the attack happen?', [parseArticle(story(body))]).answer).not.toBe(nationality);
  });
});

// The question names the event by another word ("raid", "shooting"); "happen", "take place" frame it.
describe('where and when did the raid happen', () => {
  const raid =
    'Gunmen killed 12 people in an overnight raid on the village of Kessling, officials said on Wednesday.';
  const rows: Array<[string, string]> = [
    ['Where did the raid happen?', 'Kessling'],
    ['Where did the raid take place?', 'Kessling'],
    ['When did the raid happen?', 'Wednesday'],
  ];
  it.each(rows)('%s → %s', (question, answer) => {
    expect(ask(question, [parseArticle(story(raid))]).answer).toBe(answer);
  });
});

// The claim of the attack gives its reason; the words of a casualty sentence do not.
describe('why was the attack carried out', () => {
  const body =
    'Rockets hit the market, and two traders died as a result of their wounds. The Valley Brigade claimed responsibility for the attack, which it said came in response to the arrest of its leader.';
  it.each([
    'Why did they attack?',
    'Why was the market attacked?',
    'Why did they fire rockets?',
    'Why did the Valley Brigade attack the market?',
  ])('%s', (question) => {
    expect(ask(question, [parseArticle(story(body))]).answer).toBe('in response to the arrest of its leader');
  });
});

// "…, saying …" after the claim is what the claimant gave as its reason, its quotation kept whole.
describe('why, from what the claimant said', () => {
  const body =
    'Rockets struck a fuel depot in Port Alder late on Monday. A group calling itself the Coastal Dawn Brigades claimed responsibility for the attack in a statement, saying the depot supplied "the occupiers\' patrol boats."';
  it.each(['Why did they attack the depot?', 'Why was the depot attacked?'])('%s', (question) => {
    expect(ask(question, [parseArticle(story(body))]).answer).toBe(
      'the depot supplied "the occupiers\' patrol boats."',
    );
  });
});

// The stated motive (the Wikipedia list of terrorist incidents, 2017).
it('answers why with the motive the attacker gave', () => {
  const body =
    'A man set off a pipe bomb at the bus terminal in Manhattan. Later he told police his motive was recent military actions in Gaza.';
  expect(ask('Why did they attack?', [parseArticle(story(body))]).answer).toBe(
    'motive was recent military actions in Gaza',
  );
});

// A quantity after "over" and the group an attack is "blamed on" are no reasons.
describe('why, when the article gives no reason', () => {
  it.each([
    'A bomb killed 40 people, and over 100 more were injured in the assault on the ministry.',
    'A bomb blast in an internet cafe killed at least 2 and injured 15. The attack was blamed on the Valley Front.',
    // A plan and the mechanism of a blast are no reasons either.
    'A suicide bombing hit the metro on the day the president was due to visit the city, killing 16 people.',
    'An explosion, which was caused by a car bomb near a police station, injured 10 people.',
    // "after" that tells the attack itself.
    '28 people have been killed and 25 wounded after gunmen opened fire on a bus in central Egypt.',
  ])('%s', (body) => {
    expect(ask('Why did they attack?', [parseArticle(story(body))]).answer).toBeNull();
  });
});

describe('when did the attack happen', () => {
  it('gives only the words when the article has no publication date to resolve them against', () => {
    const article = parseArticle(
      story('Around 9:30 am on Tuesday, a pipe bomb exploded in a trash can in Seaside Park.'),
    );
    const answer = ask('When did the attack happen?', [article]).answer;
    expect(answer).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(answer).toMatch(/9:30 am|Tuesday/);
  });

  it('gives the resolved date when the article is dated', () => {
    const article = parseArticle(story('A pipe bomb exploded in a trash can in Seaside Park on Tuesday.'), {
      published: '2020-11-20',
    });
    expect(ask('When did the attack happen?', [article]).answer).toBe('Tuesday (2020-11-17)');
  });
});
