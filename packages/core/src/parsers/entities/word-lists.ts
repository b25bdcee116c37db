import { PRONOUNS } from '../../lexicon/common.js';
import { NATIONALITY_WORDS } from '../../lexicon/nationalities.js';
import { ORGANISATION_NOUNS } from '../../lexicon/organisations.js';
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from '../../lexicon/titles.js';
import { ShapedWordSet, shapeOf } from './word-shapes.js';

/**
 * Which word lists of the entity rules hold each word, as bits of one number: a word made for the
 * rules (`WordList.get`) looks its lower case up once (`listsOf`), and each of the questions the
 * rules then ask about it (a title? a first name? a common word?) is a bit test. Asking each list
 * hashed the same word into a dozen tables, which cost more than the rest of reading a name.
 */
const listsByWord = new Map<string, number>();
/** The shapes of every listed word (`word-shapes.ts`): most words are in no list, and need no lookup. */
const listedShapes = new ShapedWordSet([]);

/** The bits of the lists that hold `lower` (a word's lower case); 0 for none. */
export function listsOf(lower: string): number {
  if (!listedShapes.hasShape(shapeOf(lower))) return 0;
  return listsByWord.get(lower) ?? 0;
}

/** A made word (`Word` of `words.ts`), as the lists ask about it. */
export interface ListedWord {
  lower: string;
  /** `listsOf(lower)`, or -1 until first asked. */
  lists: number;
}

/** The bits each word list takes, one per list, handed out as the lists are made when modules load. */
let unusedBit = 1;
/** Bit 30 and up would make the numbers of the table heap numbers: keep to small integers. */
const LAST_BIT = 1 << 29;

/** A word list with a bit of its own in `listsOf`, asked about a made word or about a string. */
export class ListedWords {
  private readonly bit: number;
  private readonly shaped: ShapedWordSet;

  constructor(words: Iterable<string>) {
    if (unusedBit > LAST_BIT) throw new Error('More word lists than bits in `listsOf`');
    this.bit = unusedBit;
    unusedBit *= 2;
    this.shaped = new ShapedWordSet(words);
    for (const word of this.shaped.words) {
      listsByWord.set(word, (listsByWord.get(word) ?? 0) | this.bit);
      listedShapes.addShape(shapeOf(word));
    }
  }

  /**
   * The list holds the made word (its lower case). The word's lists are looked up when first asked,
   * and only when this list has words of its shape: most words made are in none of the lists asked.
   */
  holds(word: ListedWord): boolean {
    let lists = word.lists;
    if (lists < 0) {
      if (!this.shaped.hasShape(shapeOf(word.lower))) return false;
      lists = listsOf(word.lower);
      word.lists = lists;
    }
    return (lists & this.bit) !== 0;
  }

  /** The list holds `lower`, a word in lower case that is no made word. */
  has(lower: string): boolean {
    return this.shaped.has(lower);
  }

  /** Some word of the list has this shape (`shapeOf`): false is sure. */
  hasShape(shape: number): boolean {
    return this.shaped.hasShape(shape);
  }
}

// Lists asked by the rules of several files.
export const TITLE_WORD_LIST = new ListedWords(TITLE_WORDS);
export const HONORIFIC_LIST = new ListedWords(HONORIFICS);
export const ROLE_NOUN_LIST = new ListedWords(ROLE_NOUNS);
export const NATIONALITY_LIST = new ListedWords(NATIONALITY_WORDS);
export const ORGANISATION_NOUN_LIST = new ListedWords(ORGANISATION_NOUNS);
export const PRONOUN_LIST = new ListedWords(PRONOUNS);
