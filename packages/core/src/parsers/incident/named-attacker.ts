import type { ParseContext } from '../../context.js';
import type { ActorRef, Claim } from '../../types.js';
import { isCapitalised, personIn, personNameEnd } from './actors.js';
import { type Word, wordsSpan } from './words.js';

/**
 * The attacker named as a person: "The gunman, 28 year old Ivan Petrov, ...", "The attacker was
 * identified as Ivan Petrov", "A gunman identified as Ivan Petrov fired", "A man named Ivan Petrov
 * stabbed ...", "Petrov, the gunman, ...". News style calls a named attacker a suspect until a court
 * convicts him, so each is a `suspected` claim marked `individual`. Only a person's name counts: "the
 * victim, Maria Lopez," and "a police officer, John Smith, said" name someone else, and "The attacker,
 * who was 28," names no one.
 */
export function namedAttackerClaims(context: ParseContext, words: readonly Word[]): Claim[] {
  const claims: Claim[] = [];
  for (let r = 0; r < words.length; r++) {
    const lower = (words[r] as Word).lower;
    // One lookup per word: most words name no one, and this loop runs over every one.
    const attacker = ROLE_WORDS.get(lower);
    if (attacker === undefined) continue;
    const start = rolePhraseStart(words, r);
    if (start < 0) continue;
    const claim =
      (attacker ? nameInApposition(context, words, start, r) : null) ??
      nameAfterNaming(context, words, start, r, attacker) ??
      (attacker ? nameBeforeRole(context, words, start, r) : null);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** One person who attacked; "attackers" and "gunmen" are several and seldom each named. */
const ATTACKER_ROLES = new Set([
  'attacker',
  'assailant',
  'gunman',
  'gunwoman',
  'shooter',
  'bomber',
  'suspect',
  'perpetrator',
  'knifeman',
  'stabber',
  'killer',
  'hijacker',
]);

/** "A man named ...": a person who is the attacker only when an attack verb follows the name. */
const PERSON_NOUNS = new Set(['man', 'woman', 'youth', 'teenager', 'boy', 'girl']);

/** The words above, each with whether it names the attacker (true) or a person who may be one. */
const ROLE_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...[...PERSON_NOUNS].map((word): [string, boolean] => [word, false]),
  ...[...ATTACKER_ROLES].map((word): [string, boolean] => [word, true]),
]);

/** What a name after "a man named" must do for him to be the attacker: "rammed his car into". */
const ATTACK_VERBS = new Set([
  'attacked',
  'rammed',
  'stabbed',
  'shot',
  'opened',
  'fired',
  'detonated',
  'blew',
  'drove',
  'killed',
  'bombed',
  'hijacked',
  'murdered',
  'wounded',
  'injured',
  'stormed',
  'threw',
  'set',
  'carried',
  'launched',
  'kidnapped',
  'abducted',
]);

/** Adverbs between a name and its verb: "Ivan Petrov then stabbed". */
const VERB_ADVERBS = new Set(['then', 'allegedly', 'reportedly', 'later', 'also', 'first', 'suddenly']);

const DETERMINERS = new Set(['the', 'a', 'an', 'one']);

/** Words that cannot sit between a determiner and the role: "the victim of the gunman" is no role. */
const NOT_MODIFIER_POS = new Set(['ADP', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'PUNCT', 'PART']);

/**
 * The determiner that opens the role ("the lone gunman", "a suicide bomber", "The 28-year-old attacker"),
 * or -1: a role without one is a verb ("police suspect") or a modifier ("attacker profiles"). A role
 * followed by "'s" belongs to someone else: "the gunman's brother, Ivan Petrov,".
 */
function rolePhraseStart(words: readonly Word[], r: number): number {
  const next = words[r + 1];
  if (next && (next.lower === "'s" || next.lower === '’s' || next.text === "'" || next.text === '’'))
    return -1;
  for (let k = r - 1; k >= Math.max(0, r - 4); k--) {
    const word = words[k] as Word;
    if (DETERMINERS.has(word.lower)) return k;
    if (isCapitalised(word) || NOT_MODIFIER_POS.has(word.pos)) return -1;
  }
  return -1;
}

/** "The attacker, 28 year old convicted extremist Ivan Petrov, wearing ...": the name after the comma. */
function nameInApposition(
  context: ParseContext,
  words: readonly Word[],
  start: number,
  r: number,
): Claim | null {
  if (words[r + 1]?.text !== ',') return null;
  // "The brother of the attacker, Karl Meyer, said": the name may be the brother's.
  if (words[start - 1]?.lower === 'of') return null;
  const name = nameAfter(words, r + 2);
  if (!name) return null;
  const actor = personIn(context, words, name[0], name[1]);
  return actor ? claimOf(context, words, actor, start, name[1]) : null;
}

/**
 * "The attacker was identified as Ivan Petrov", "The gunman, identified as ...", "A gunman identified as
 * ...", "A suicide bomber named ...", "A man named Ivan Petrov stabbed ...", and "Police identified the
 * attacker as Ivan Petrov".
 */
function nameAfterNaming(
  context: ParseContext,
  words: readonly Word[],
  start: number,
  r: number,
  attacker: boolean,
): Claim | null {
  let nameFrom = -1;
  // "the attacker was later identified by police as": the naming verb a few words after the role.
  let k = r + 1;
  if (words[k]?.text === ',') k++;
  while (k < words.length && k <= r + 5 && BEING_OR_ADVERB.has((words[k] as Word).lower)) k++;
  const verb = words[k]?.lower ?? '';
  if (NAMING_VERBS.has(verb)) {
    const as = asAfter(words, k);
    if (as >= 0) nameFrom = as + 1;
    // "A suicide bomber named Ivan Petrov", "a man named Ivan Petrov": "named" without "as".
    else if (verb === 'named' && k === r + 1) nameFrom = k + 1;
  } else if (
    attacker &&
    words[r + 1]?.lower === 'as' &&
    NAMING_VERBS.has(words[start - 1]?.lower ?? '') &&
    !namedInClaim(words, start - 1)
  ) {
    // "Police identified the attacker as Ivan Petrov"
    nameFrom = r + 2;
  }
  if (nameFrom < 0) return null;
  const name = nameAfter(words, nameFrom);
  if (!name) return null;
  if (!attacker && !attacks(words, name[1])) return null;
  const actor = personIn(context, words, name[0], name[1]);
  return actor ? claimOf(context, words, actor, start, name[1]) : null;
}

const NAMING_VERBS = new Set(['identified', 'named', 'revealed']);
const BEING_OR_ADVERB = new Set([
  'was',
  'is',
  'has',
  'had',
  'been',
  'later',
  'since',
  'subsequently',
  'officially',
  'formally',
  'publicly',
  'also',
  'first',
]);

const CLAIM_WORDS = new Set(['claimed', 'claims', 'claiming', 'responsibility']);

/**
 * "The Northern Front claimed the attack and identified the bomber as Ivan Petrov": a group that claims
 * an attack and names the attacker in the same clause names its own fighter, and the attack is the
 * group's. The claim word is in the clause before the naming verb, with no comma between (a comma may
 * bring another subject: "..., and police identified").
 */
function namedInClaim(words: readonly Word[], verb: number): boolean {
  for (let k = verb - 1; k >= 0; k--) {
    const word = words[k] as Word;
    if (/^[,;:.]$/.test(word.text)) return false;
    if (CLAIM_WORDS.has(word.lower)) return true;
  }
  return false;
}

/** The "as" of "identified as", "identified by police as" (a few words on), or -1. */
function asAfter(words: readonly Word[], verb: number): number {
  for (let k = verb + 1; k < Math.min(words.length, verb + 5); k++) {
    const word = words[k] as Word;
    if (word.lower === 'as') return k;
    if (word.text === ',' || word.text === '.' || word.pos === 'VERB') return -1;
  }
  return -1;
}

/** An attack verb follows the name: "Ivan Petrov rammed ...", not "Ivan Petrov was shot by police". */
function attacks(words: readonly Word[], nameEnd: number): boolean {
  let k = nameEnd;
  if (words[k]?.text === ',') return false;
  while (k < words.length && VERB_ADVERBS.has((words[k] as Word).lower)) k++;
  const verb = words[k];
  if (!verb || !ATTACK_VERBS.has(verb.lower)) return false;
  // "a man named Ivan Petrov shot dead by police" is the attacker's end, or a victim's.
  return !words.slice(k + 1, k + 4).some((word) => word.lower === 'by');
}

/** "Petrov, the gunman, was shot", "police named Ivan Petrov, the suspected attacker, as ...". */
function nameBeforeRole(
  context: ParseContext,
  words: readonly Word[],
  start: number,
  r: number,
): Claim | null {
  const comma = start - 1;
  if (words[comma]?.text !== ',' || (words[start] as Word).lower !== 'the') return null;
  const after = words[r + 1];
  // "Petrov, the gunman attack's ...": the role must end its phrase.
  if (
    after &&
    after.text !== ',' &&
    after.text !== '.' &&
    after.pos !== 'AUX' &&
    after.pos !== 'VERB' &&
    after.lower !== 'who'
  )
    return null;
  let first = comma;
  while (first > 0 && first > comma - 6) {
    const word = words[first - 1] as Word;
    if (isCapitalised(word)) first--;
    else if (
      PARTICLE_BEFORE_NAME.test(word.lower) &&
      first - 2 >= 0 &&
      isCapitalised(words[first - 2] as Word)
    )
      first--;
    else break;
  }
  if (first === comma) return null;
  // "In Little Rock, the gunman opened fire": a place or a time before the comma, not a name.
  if (first > 0 && PREPOSITIONS.has((words[first - 1] as Word).lower)) return null;
  if (personNameEnd(words, first, comma) !== comma) return null;
  const actor = personIn(context, words, first, comma);
  return actor ? claimOf(context, words, actor, first, r + 1) : null;
}

const PARTICLE_BEFORE_NAME = /^(?:bin|ibn|al|el|abu|abd|de|del|la|le|da|di|du|van|von|der)$/;
const PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'near',
  'from',
  'outside',
  'inside',
  'across',
  'of',
  'to',
  'by',
  'for',
  'since',
  'after',
  'before',
  'during',
  'into',
  'around',
]);

/** Lower-case words that may describe a person before the name: "28 year old convicted extremist". */
const DESCRIPTION_POS = new Set(['NUM', 'ADJ', 'NOUN', 'DET', 'PROPN', 'X']);
const NOT_DESCRIPTION = new Set(['who', 'which', 'that', 'whose', 'police', 'officials', 'authorities']);

/**
 * The name that ends a description, from `from` on: "28 year old convicted extremist Ivan Petrov" →
 * "Ivan Petrov". A capitalised run followed by a lower-case noun is part of the description ("Libyan
 * born", "Islamic State supporter"). Null when the clause ends, or turns into a verb, a preposition
 * ("of Lakeview") or a relative clause, before a name.
 */
function nameAfter(words: readonly Word[], from: number): [number, number] | null {
  const limit = Math.min(words.length, from + 12);
  let k = from;
  while (k < limit) {
    const word = words[k] as Word;
    if (isCapitalised(word) && !/^(?:the|a|an)$/.test(word.lower)) {
      const end = personNameEnd(words, k, limit);
      const next = words[end];
      if (next && describes(next)) {
        k = end + 1;
        continue;
      }
      return [k, end];
    }
    const participle =
      word.pos === 'VERB' && /(?:ed|en|born)$/.test(word.lower) && !REPORTING.has(word.lower);
    if (NOT_DESCRIPTION.has(word.lower) || (!DESCRIPTION_POS.has(word.pos) && !participle)) return null;
    k++;
  }
  return null;
}

const REPORTING = new Set(['said', 'stated', 'reported', 'claimed', 'added', 'told']);

/** A lower-case noun after a capitalised run makes it a description: "Islamic State supporter". */
function describes(word: Word): boolean {
  return (
    /^[a-z]/.test(word.text) && (word.pos === 'NOUN' || word.pos === 'ADJ' || /(?:^|-)born$/.test(word.lower))
  );
}

function claimOf(
  context: ParseContext,
  words: readonly Word[],
  actor: ActorRef,
  from: number,
  to: number,
): Claim {
  return {
    kind: 'suspected',
    actor,
    event: null,
    span: wordsSpan(context.text, words, from, to),
    individual: true,
  };
}
