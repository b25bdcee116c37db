import { firstTokenFrom, type Token } from '../../nlp.js';
import { WordShapes } from '../../token-words.js';
import type { Entity } from '../../types.js';

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

const vote = (gender: Gender | null) => (gender === 'male' ? 1 : gender === 'female' ? -1 : 0);

/** The shapes of the gendered words: a token of another shape is not looked up. */
const GENDERED_SHAPES = new WordShapes(MALE_WORDS, FEMALE_WORDS);

/** `genderOfWord(lower(token))`, without lower-casing words no list holds (every list word is ASCII). */
function genderOfToken(token: Token | undefined): Gender | null {
  if (!token) return null;
  if (!GENDERED_SHAPES.mayHold(token.text)) return null;
  return genderOfWord(token.text.toLowerCase());
}

/**
 * The gender the text gives each person, so that "she said" skips a man mentioned last: a courtesy
 * title before a mention ("Mrs. Okafor"), a gendered role ("spokeswoman"), and the first personal
 * pronoun printed shortly after a mention ("Okafor said she ..."), when no other person stands between.
 * People the text gives no clue for have none.
 *
 * @param entities - the article's entities; only people are read
 */
export class GenderReader {
  private starts: Set<number> | null = null;
  private readonly known = new Map<string, Gender | null>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly entities: readonly Entity[],
  ) {}

  /** The gender of the person with this id, or undefined when the text gives none. */
  genderOf(entityId: string): Gender | undefined {
    let gender = this.known.get(entityId);
    if (gender === undefined) {
      // Read on first use: a pronoun looks back over a few people, not every person of the article.
      gender = null;
      for (const entity of this.entities) {
        if (entity.kind !== 'person' || entity.id !== entityId) continue;
        const balance = this.balanceOf(entity);
        if (balance > 0) gender = 'male';
        else if (balance < 0) gender = 'female';
      }
      this.known.set(entityId, gender);
    }
    return gender ?? undefined;
  }

  /** The person's votes: positive for male, negative for female. */
  private balanceOf(entity: Entity): number {
    const { tokens } = this;
    if (!this.starts) {
      this.starts = new Set<number>();
      for (const other of this.entities) {
        if (other.kind === 'person') for (const mention of other.mentions) this.starts.add(mention.start);
      }
    }
    const starts = this.starts;
    let balance = 0;
    for (const role of entity.roles)
      for (const word of role.toLowerCase().split(/\s+/)) balance += 2 * vote(genderOfWord(word));
    for (const mention of entity.mentions) {
      const first = firstTokenFrom(tokens, mention.start);
      balance += 3 * vote(genderOfToken(tokens[first - 1]));
      let index = first;
      while (index < tokens.length && (tokens[index] as Token).end <= mention.end) index++;
      for (let step = 0; step < PRONOUN_WINDOW && index < tokens.length; step++, index++) {
        const token = tokens[index] as Token;
        if (starts.has(token.start)) break;
        const gender = token.pos === 'PRON' ? genderOfToken(token) : null;
        if (gender) {
          balance += vote(gender);
          break;
        }
      }
    }
    return balance;
  }
}

/** "he" → male, "she" → female; null for words that say nothing of gender. */
export function pronounGender(word: string): Gender | null {
  return genderOfWord(word.toLowerCase());
}
