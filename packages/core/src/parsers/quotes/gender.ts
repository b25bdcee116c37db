import type { Token } from '../../nlp.js';
import type { Entity } from '../../types.js';
import { lower } from './phrase.js';

export type Gender = 'male' | 'female';

const MALE_WORDS = new Set([
  'mr',
  'mr.',
  'he',
  'his',
  'him',
  'himself',
  'spokesman',
  'chairman',
  'congressman',
  'businessman',
  'actor',
  'husband',
  'father',
  'son',
  'brother',
  'king',
  'prince',
  'uncle',
]);
const FEMALE_WORDS = new Set([
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'she',
  'her',
  'hers',
  'herself',
  'spokeswoman',
  'chairwoman',
  'congresswoman',
  'businesswoman',
  'actress',
  'wife',
  'mother',
  'daughter',
  'sister',
  'queen',
  'princess',
  'aunt',
  'widow',
]);
/** How far after a mention the first personal pronoun is read as referring to it. */
const PRONOUN_WINDOW = 12;

function genderOfWord(word: string): Gender | null {
  if (MALE_WORDS.has(word)) return 'male';
  if (FEMALE_WORDS.has(word)) return 'female';
  return null;
}

function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The gender the text gives each person, so that "she said" skips a man mentioned last: a courtesy
 * title before a mention ("Mrs. Okafor"), a gendered role ("spokeswoman"), and the first personal
 * pronoun printed shortly after a mention ("Okafor said she ..."), when no other person stands between.
 * People the text gives no clue for are left out.
 *
 * @param entities - the article's entities; only people are read
 */
export function inferGenders(tokens: readonly Token[], entities: readonly Entity[]): Map<string, Gender> {
  const starts = new Set<number>();
  for (const entity of entities) {
    if (entity.kind === 'person') for (const mention of entity.mentions) starts.add(mention.start);
  }
  const genders = new Map<string, Gender>();
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    let male = 0;
    let female = 0;
    const vote = (gender: Gender | null, weight: number) => {
      if (gender === 'male') male += weight;
      else if (gender === 'female') female += weight;
    };
    for (const role of entity.roles)
      for (const word of role.toLowerCase().split(/\s+/)) vote(genderOfWord(word), 2);
    for (const mention of entity.mentions) {
      const first = firstTokenAt(tokens, mention.start);
      vote(genderOfWord(lower(tokens[first - 1])), 3);
      let index = first;
      while (index < tokens.length && (tokens[index] as Token).end <= mention.end) index++;
      for (let step = 0; step < PRONOUN_WINDOW && index < tokens.length; step++, index++) {
        const token = tokens[index] as Token;
        if (starts.has(token.start)) break;
        const gender = token.pos === 'PRON' ? genderOfWord(lower(token)) : null;
        if (gender) {
          vote(gender, 1);
          break;
        }
      }
    }
    if (male > female) genders.set(entity.id, 'male');
    else if (female > male) genders.set(entity.id, 'female');
  }
  return genders;
}

/** "he" → male, "she" → female; null for words that say nothing of gender. */
export function pronounGender(word: string): Gender | null {
  return genderOfWord(word.toLowerCase());
}
