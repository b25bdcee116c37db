import type { ParseContext } from '../../context.js';
import { NATIONALITY_WORDS } from '../../lexicon/nationalities.js';
import { phraseSet } from '../../lexicon/words.js';
import type { ActorRef } from '../../types.js';
import { knownPlace, lookupKey } from '../entities/places.js';
import { entityNamed, isCapitalised, nameRuns, personIn, personNameEnd, resolveActor } from './actors.js';
import { type Word, wordsSpan } from './words.js';

/**
 * Who carried out an attack, when the text states it as fact, without claim language: "Dawa Karim
 * militants attacked a camp", "when the Crimson Hand Army attacked a checkpoint", "fighters of the Northern
 * Front ambushed", "attacked by militants belonging to X", "a shooting carried out by an X militant", "an
 * attack by X", "a Dawla Front suicide bomber exploded", "A Northern Front attack caused", "the bombers were
 * members of X", "28 year old Ivan Petrov drove into". Claims, suspicions ("suspected X militants") and
 * blame stay with the claims parser. A group needs a name: "unknown militants", "gunmen", "the attackers"
 * and "a mob" are no attacker.
 */

export interface AttackerReading {
  actor: ActorRef;
  /** The kind of attack the words name ("shooter" → `shooting`), for a sentence that names nothing else. */
  kind: string;
}

/** The first attacker a sentence states, or null. */
export function attackerIn(context: ParseContext, words: readonly Word[]): AttackerReading | null {
  for (let i = 0; i < words.length; i++) {
    // One lookup per word: most words of a sentence are no cue, and this loop runs over every one.
    const cue = CUES.get((words[i] as Word).lower);
    // "GROUP ATTACKS CANADA CORN RULING": a headline in capitals is too often a war of words.
    if (cue === undefined || isShouted(words[i] as Word)) continue;
    if (cue.verb !== undefined) {
      const actor = byAgentOfVerb(context, words, i) ?? bySubjectOfVerb(context, words, i);
      if (actor) return { actor, kind: cue.verb };
    }
    if (cue.noun !== undefined) {
      const actor = groupBeforeAttackNoun(context, words, i) ?? byAgentOfNoun(context, words, i);
      if (actor) return { actor, kind: cue.noun };
    }
    if (cue.role !== undefined) {
      const actor = memberOfGroup(context, words, i);
      if (actor) return { actor, kind: cue.role };
    }
  }
  return null;
}

function isShouted(word: Word): boolean {
  return word.text !== word.lower && word.text === word.text.toUpperCase();
}

/** What a word may cue, with the kind of attack it names: a verb, an attack noun, a role noun. */
interface Cue {
  verb?: string;
  noun?: string;
  role?: string;
}

/** Verbs of an attack whose subject (or agent, after "by") is the attacker; the kind each names. */
const ATTACK_VERBS: ReadonlyMap<string, string> = new Map<string, string>([
  ['attacked', 'attack'],
  ['attack', 'attack'],
  ['attacks', 'attack'],
  ['ambushed', 'ambush'],
  ['stormed', 'attack'],
  ['raided', 'attack'],
  ['bombed', 'bombing'],
  ['shelled', 'attack'],
  ['targeted', 'attack'],
  ['detonated', 'bombing'],
  ['exploded', 'bombing'],
  ['blew', 'bombing'],
  ['opened', 'shooting'],
  ['fired', 'shooting'],
  ['shot', 'shooting'],
  ['gunned', 'shooting'],
  ['stabbed', 'stabbing'],
  ['hacked', 'stabbing'],
  ['rammed', 'attack'],
  ['drove', 'attack'],
  ['carried', 'attack'],
  ['perpetrated', 'attack'],
  ['launched', 'attack'],
  ['set', 'attack'],
  ['killed', 'attack'],
  ['massacred', 'attack'],
  ['murdered', 'attack'],
  ['assassinated', 'attack'],
  ['beheaded', 'attack'],
  ['kidnapped', 'attack'],
  ['abducted', 'attack'],
  ['hijacked', 'attack'],
  ['torched', 'attack'],
  ['overran', 'attack'],
]);

/**
 * Verbs that name an attack only with the words after them: "drove into", "opened fire", "blew himself
 * up", "set fire to", "carried out", "fired on", "launched an attack". "Drove to the station" is no attack.
 */
const VERB_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['drove', new Set(['into'])],
  ['opened', new Set(['fire'])],
  ['blew', new Set(['up', 'himself', 'herself', 'themselves'])],
  ['set', new Set(['fire', 'ablaze', 'alight', 'off'])],
  ['carried', new Set(['out'])],
  ['fired', new Set(['on', 'at', 'into', 'upon', 'shots', 'rockets', 'missiles', 'mortars', 'bullets'])],
  [
    'launched',
    new Set(['attack', 'attacks', 'assault', 'offensive', 'raid', 'raids', 'rockets', 'missiles']),
  ],
  ['gunned', new Set(['down'])],
  ['perpetrated', new Set()],
]);
const COMPLEMENT_REACH = 4;

/** Verbs whose agent after "by" carried out the attack: "attacked by", "carried out by", "killed by". */
const PASSIVE_VERBS = new Set([
  'attacked',
  'ambushed',
  'stormed',
  'raided',
  'bombed',
  'targeted',
  'carried',
  'perpetrated',
  'killed',
  'shot',
  'stabbed',
  'murdered',
  'massacred',
  'kidnapped',
  'abducted',
  'hijacked',
  'beheaded',
  'assassinated',
]);

/** Nouns of an attack: "a Northern Front attack", "an attack by X"; the kind each names. */
const ATTACK_NOUNS: ReadonlyMap<string, string> = new Map<string, string>([
  ['attack', 'attack'],
  ['attacks', 'attack'],
  ['assault', 'attack'],
  ['raid', 'attack'],
  ['raids', 'attack'],
  ['massacre', 'attack'],
  ['offensive', 'attack'],
  ['ambush', 'ambush'],
  ['bomb', 'bombing'],
  ['bombs', 'bombing'],
  ['bombing', 'bombing'],
  ['bombings', 'bombing'],
  ['shooting', 'shooting'],
  ['shootings', 'shooting'],
  ['stabbing', 'stabbing'],
]);

/** Lower-case words between a group's name and the attack noun: "an al Kessia double suicide car bombing". */
const ATTACK_MODIFIERS = new Set([
  'suicide',
  'car',
  'truck',
  'roadside',
  'double',
  'twin',
  'triple',
  'coordinated',
  'gun',
  'bomb',
  'grenade',
  'rocket',
  'mortar',
  'drone',
  'knife',
  'militant',
  'terror',
  'terrorist',
  'and',
]);

/** The people who attack: "Dawa Karim militants", "a Dawla Front suicide bomber", "fighters of X". */
const ATTACKER_NOUNS = new Set([
  'militant',
  'militants',
  'fighter',
  'fighters',
  'gunman',
  'gunmen',
  'insurgent',
  'insurgents',
  'jihadist',
  'jihadists',
  'terrorist',
  'terrorists',
  'extremist',
  'extremists',
  'rebel',
  'rebels',
  'separatist',
  'separatists',
  'guerrilla',
  'guerrillas',
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'bomber',
  'bombers',
  'shooter',
  'shooters',
  'hijacker',
  'hijackers',
  'kidnapper',
  'kidnappers',
  'knifeman',
  'perpetrator',
  'perpetrators',
  'operative',
  'operatives',
  'member',
  'members',
  'supporter',
  'supporters',
]);

/** The attackers as the text refers back to them: "The shooter was a member of X"; the kind each names. */
const ROLE_NOUNS: ReadonlyMap<string, string> = new Map<string, string>([
  ['attacker', 'attack'],
  ['attackers', 'attack'],
  ['assailant', 'attack'],
  ['assailants', 'attack'],
  ['perpetrator', 'attack'],
  ['perpetrators', 'attack'],
  ['militants', 'attack'],
  ['terrorists', 'attack'],
  ['hijackers', 'attack'],
  ['gunman', 'shooting'],
  ['gunmen', 'shooting'],
  ['shooter', 'shooting'],
  ['shooters', 'shooting'],
  ['bomber', 'bombing'],
  ['bombers', 'bombing'],
  ['knifeman', 'stabbing'],
]);

const CUES: ReadonlyMap<string, Cue> = (() => {
  const cues = new Map<string, Cue>();
  const add = (word: string, field: keyof Cue, kind: string) => {
    const cue = cues.get(word) ?? {};
    cue[field] = kind;
    cues.set(word, cue);
  };
  for (const [word, kind] of ATTACK_VERBS) add(word, 'verb', kind);
  for (const [word, kind] of ATTACK_NOUNS) add(word, 'noun', kind);
  for (const [word, kind] of ROLE_NOUNS) add(word, 'role', kind);
  return cues;
})();

/** "police", "Israeli forces": they attack too, but mostly in reply to the attack. */
const SECURITY_WORDS = new Set([
  'police',
  'policemen',
  'army',
  'military',
  'troops',
  'soldiers',
  'forces',
  'force',
  'officers',
  'gendarmes',
  'gendarmerie',
  'navy',
  'guards',
]);

/** Words that make what follows a suspicion, not a fact: the claims parser reads those. */
const SUSPICION = new Set([
  'suspected',
  'alleged',
  'allegedly',
  'presumed',
  'purported',
  'possible',
  'apparent',
]);

/**
 * Participles that may sit inside a subject: "a gunman affiliated with X", "Libyan born X", "militants
 * armed with".
 */
const SUBJECT_PARTICIPLES = new Set([
  'armed',
  'riding',
  'carrying',
  'wearing',
  'dressed',
  'masked',
  'born',
  'affiliated',
  'belonging',
  'allied',
  'aligned',
  'loyal',
]);

/** Words that end a subject looking back from its verb: "..., when the Crimson Hand Army attacked". */
const SUBJECT_STOP = new Set([
  'when',
  'while',
  'after',
  'before',
  'as',
  'since',
  'because',
  'that',
  'which',
  'who',
  'where',
  'but',
  'until',
  'once',
  'whereas',
  'although',
  'though',
  'if',
  'by',
]);
const SUBJECT_REACH = 14;
/** Lower-case words that may describe who attacked: "unknown", "suicide", "armed", "Libyan born". */
const DESCRIBING_POS = new Set(['ADJ', 'NOUN', 'VERB', 'PROPN', 'X']);
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–', '-', '"', '“', '”', '.', '!', '?']);

/** Words between a subject and its verb: "the Crimson Hand Army then attacked", "militants had attacked". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'then',
  'also',
  'later',
  'reportedly',
  'first',
  'again',
  'had',
  'have',
  'has',
]);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got']);

/**
 * Words before attackers that count or describe them without naming them: "3 Dawa Karim suicide
 * bombers", "dozens of militants", "Around 20 gunmen", "Unknown assailants". Capitalised at the start of
 * a sentence, they are no name.
 */
const UNNAMING = new Set([
  'dozens',
  'hundreds',
  'scores',
  'thousands',
  'several',
  'some',
  'many',
  'multiple',
  'numerous',
  'of',
  'and',
  'but',
  'then',
  'around',
  'about',
  'nearly',
  'almost',
  'over',
  'approximately',
  'roughly',
  'least',
  'than',
  'unknown',
  'unidentified',
  'unnamed',
  'armed',
  'masked',
  'heavily',
  'lone',
  'other',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);
/** "at least", "up to", "more than": the first word of a count. */
const COUNT_OPENERS: ReadonlyMap<string, string> = new Map([
  ['at', 'least'],
  ['up', 'to'],
  ['more', 'than'],
  ['fewer', 'than'],
]);

/** Age and origin before a person's name: "52 year old", "28-year-old", "Libyan born". */
const AGE_WORDS = new Set(['year', 'years', 'old', 'year-old', 'years-old']);

/** Last words that make a run an armed group: "Northern Front", "Crimson Hand Army", "Red Dawn Brigade". */
const ARMED_GROUP_HEADS = new Set([
  'army',
  'front',
  'brigade',
  'brigades',
  'battalion',
  'battalions',
  'militia',
  'movement',
  'state',
  'mujahideen',
  'jihad',
  'corps',
  'group',
  'organisation',
  'organization',
  'forces',
  'force',
  'guards',
]);

/** "the Kessian group Ansar Dawla": a run that only describes the name after it. */
const DESCRIPTION_HEADS = new Set(['group', 'militia', 'movement', 'organisation', 'organization', 'outfit']);

interface GroupReading {
  actor: ActorRef;
  /** Police, an army: they attack, but mostly in reply, so they count only as the subject of "attacked". */
  security: boolean;
}

/**
 * "Dawa Karim militants attacked", "the Crimson Hand Army attacked", "fighters of X ambushed", "A gunman
 * affiliated with X attacked", "28 year old Ivan Petrov drove into": the subject of an active attack verb.
 * Not when the object is the attackers ("police shot the gunman").
 */
function bySubjectOfVerb(context: ParseContext, words: readonly Word[], verb: number): ActorRef | null {
  // "The Kessling attack killed", "a live shot": the cue words are nouns as often as verbs.
  if ((words[verb] as Word).pos !== 'VERB') return null;
  // "officers to attack", "planned to attack": the infinitive's subject is not the phrase before it.
  if (words[verb - 1]?.lower === 'to') return null;
  if (!completesAttack(words, verb)) return null;
  let end = verb;
  while (end > 0 && BETWEEN_SUBJECT_AND_VERB.has((words[end - 1] as Word).lower)) end--;
  // "the Northern Liberation Front (NLF) attacked": the acronym in brackets ends the name.
  if (words[end - 1]?.text === ')' && words[end - 3]?.text === '(') end -= 3;
  const before = words[end - 1];
  if (!before || BE.has(before.lower) || before.pos === 'DET' || SUSPICION.has(before.lower)) return null;
  let start = end;
  while (start > 0 && end - start < SUBJECT_REACH) {
    const word = words[start - 1] as Word;
    if (CLAUSE_BREAK.has(word.text) || SUBJECT_STOP.has(word.lower)) break;
    // "by suspected Varga gunmen killed 11": a suspicion, the claims parser's.
    if (SUSPICION.has(word.lower)) return null;
    if (endsPhrase(word)) break;
    start--;
  }
  if (start === end || end - start >= SUBJECT_REACH) return null;
  const reading = groupOrPersonIn(context, words, start, end);
  if (!reading) return null;
  if (objectIsAttackers(words, verb)) return null;
  // "Police attacked protesters" is an attack; "police stormed the hotel and shot the gunmen" is the reply.
  if (reading.security) {
    const attacked = (words[verb] as Word).lower.startsWith('attack');
    if (!attacked || words.some((word) => ATTACKER_NOUNS.has(word.lower))) return null;
  }
  return reading.actor;
}

function completesAttack(words: readonly Word[], verb: number): boolean {
  const needed = VERB_COMPLEMENTS.get((words[verb] as Word).lower);
  if (!needed) return true;
  if (needed.size === 0) return false;
  for (let k = verb + 1; k < Math.min(words.length, verb + 1 + COMPLEMENT_REACH); k++) {
    const word = words[k] as Word;
    if (needed.has(word.lower)) return true;
    if (CLAUSE_BREAK.has(word.text)) return false;
  }
  return false;
}

/** "police shot the gunman", "soldiers killed 3 militants": the attackers are the object, not the subject. */
function objectIsAttackers(words: readonly Word[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(words.length, verb + 5); k++) {
    const word = words[k] as Word;
    if (ATTACKER_NOUNS.has(word.lower)) return true;
    if (CLAUSE_BREAK.has(word.text) || word.pos === 'VERB' || word.pos === 'ADP') return false;
  }
  return false;
}

/**
 * "attacked by militants belonging to X", "a shooting carried out by an X militant", "killed by Dawa
 * Karim": the agent of a passive attack verb. Not when the attackers are the ones attacked ("the gunmen
 * were shot by police"), and never the police or an army: in a passive they are mostly the reply.
 */
function byAgentOfVerb(context: ParseContext, words: readonly Word[], verb: number): ActorRef | null {
  const lower = (words[verb] as Word).lower;
  if (!PASSIVE_VERBS.has(lower)) return null;
  let by = verb + 1;
  if (lower === 'carried' && words[by]?.lower === 'out') by++;
  else if (lower === 'carried') return null;
  if (words[by]?.lower === 'dead') by++;
  if (words[by]?.lower !== 'by') return null;
  if (attackersBefore(words, verb)) return null;
  // "management, which was carried out by X": carrying out is an attack only when an attack is named.
  if (lower === 'carried' && !attackNamedBefore(words, verb)) return null;
  const reading = agentAfter(context, words, by + 1);
  return reading && !reading.security ? reading.actor : null;
}

/** "a shooting carried out by", "The attack was carried out by": an attack noun in the clause before. */
function attackNamedBefore(words: readonly Word[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 8); k--) {
    const word = words[k] as Word;
    if (CLAUSE_BREAK.has(word.text)) return false;
    if (CUES.get(word.lower)?.noun !== undefined) return true;
  }
  return false;
}

/** The subject of a passive names the attackers: "The gunmen were later shot by police". */
function attackersBefore(words: readonly Word[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 6); k--) {
    const word = words[k] as Word;
    if (CLAUSE_BREAK.has(word.text)) return false;
    if (ATTACKER_NOUNS.has(word.lower) || word.lower === 'he' || word.lower === 'she') return true;
  }
  return false;
}

/** "an attack by X", "a raid on the village by X". */
function byAgentOfNoun(context: ParseContext, words: readonly Word[], noun: number): ActorRef | null {
  let k = noun + 1;
  const next = words[k]?.lower;
  if (next === 'on' || next === 'against' || next === 'at') {
    const limit = Math.min(words.length, noun + 9);
    while (k < limit && (words[k] as Word).lower !== 'by') {
      const word = words[k] as Word;
      if (CLAUSE_BREAK.has(word.text) || word.pos === 'VERB' || word.pos === 'AUX') return null;
      k++;
    }
  }
  if (words[k]?.lower !== 'by') return null;
  const reading = agentAfter(context, words, k + 1);
  return reading && !reading.security ? reading.actor : null;
}

/** The phrase after "by", up to the end of its clause. */
function agentAfter(context: ParseContext, words: readonly Word[], from: number): GroupReading | null {
  const limit = phraseEnd(words, from);
  return limit > from ? groupOrPersonIn(context, words, from, limit) : null;
}

/**
 * A verb ends a noun phrase, but not a participle inside it ("a gunman affiliated with") nor a
 * capitalised word the tagger took for a verb ("the Levant").
 */
function endsPhrase(word: Word): boolean {
  return (
    (word.pos === 'VERB' || word.pos === 'AUX') &&
    !SUBJECT_PARTICIPLES.has(word.lower) &&
    !isCapitalised(word)
  );
}

/** Where a noun phrase from `from` ends: a clause break, a verb, or a dozen words. */
function phraseEnd(words: readonly Word[], from: number): number {
  let end = from;
  const limit = Math.min(words.length, from + 12);
  while (end < limit) {
    const word = words[end] as Word;
    if (CLAUSE_BREAK.has(word.text)) break;
    if (endsPhrase(word)) break;
    end++;
  }
  return end;
}

/**
 * "A Northern Front attack", "a Dawla Front suicide bomb and gun assault", "an al Kessia double suicide
 * car bombing": a group's name before the attack noun. A name there is as often the place or the target
 * ("the Kabul attack", "the Charlie Hebdo shooting"), so the name must be a known group, end in an armed
 * group's head word, or be followed by "suicide".
 */
function groupBeforeAttackNoun(context: ParseContext, words: readonly Word[], noun: number): ActorRef | null {
  let end = noun;
  let suicide = false;
  while (end > 0 && ATTACK_MODIFIERS.has((words[end - 1] as Word).text)) {
    suicide ||= (words[end - 1] as Word).lower === 'suicide';
    end--;
  }
  if (end === 0 || !isCapitalised(words[end - 1] as Word)) return null;
  let from = end - 1;
  // Back over the words of one name: "Ansar Dawla of Varga and the Coast".
  while (from > 0 && end - from < 10) {
    const word = words[from - 1] as Word;
    if (isCapitalised(word) || (NAME_JOINERS.has(word.lower) && from > 1)) from--;
    else break;
  }
  const run = nameRuns(words, from, end).find((item) => item.to === end);
  if (!run) return null;
  const reading = groupAt(context, words, run.from, end, Math.max(0, run.from - 1));
  if (!reading || reading.security) return null;
  if (!suicide && !isArmedGroup(reading.actor.span.text)) return null;
  return reading.actor;
}

const NAME_JOINERS = new Set(['of', 'the', 'and', 'in', 'al', 'el']);

/**
 * "The shooter was a member of X", "the bombers were members of X", "The hijackers ... belonged to X":
 * the attackers named before, then the group they belong to, in one clause without another verb.
 */
function memberOfGroup(context: ParseContext, words: readonly Word[], role: number): ActorRef | null {
  let k = role - 1;
  while (k >= 0 && k > role - 4 && ((words[k] as Word).pos === 'NUM' || (words[k] as Word).pos === 'ADJ'))
    k--;
  if (!/^(?:the|both|all)$/.test(words[k]?.lower ?? '')) return null;
  const limit = Math.min(words.length, role + 12);
  let sawBe = false;
  for (let m = role + 1; m < limit; m++) {
    const word = words[m] as Word;
    if (CLAUSE_BREAK.has(word.text)) return null;
    const link = linkLength(words, m);
    if (link > 0 && (sawBe || word.lower.startsWith('belong'))) {
      const reading = groupAfterLink(context, words, m + link);
      return reading?.actor ?? null;
    }
    if (word.lower === "'s" || word.lower === '’s') return null;
    if (BE.has(word.lower)) sawBe = true;
    else if (word.pos === 'VERB' && !word.lower.startsWith('belong')) return null;
  }
  return null;
}

/**
 * The words that tie attackers to their group, at `at`: "of" after a member noun, "belonging to",
 * "belonged to", "affiliated with", "loyal to". Returns how many words the link takes, or 0.
 */
function linkLength(words: readonly Word[], at: number): number {
  const word = words[at];
  if (!word) return 0;
  const next = words[at + 1]?.lower;
  if (ATTACKER_NOUNS.has(word.lower) && next === 'of') return 2;
  if ((word.lower === 'belonging' || word.lower === 'belonged') && next === 'to') return 2;
  if (word.lower === 'affiliated' && (next === 'with' || next === 'to')) return 2;
  if (word.lower === 'loyal' && next === 'to') return 2;
  return 0;
}

/**
 * The attacker a phrase names: a group ("Dawa Karim militants", "the Crimson Hand Army", "fighters of X"), a
 * person after a description ("52 year old Ivan Petrov"), or the police; null for "unknown militants",
 * "the attackers", "a mob", "suspected X militants".
 */
function groupOrPersonIn(
  context: ParseContext,
  words: readonly Word[],
  from: number,
  to: number,
): GroupReading | null {
  let i = from;
  while (i < to) {
    const word = words[i] as Word;
    const counting = COUNT_OPENERS.get(word.lower) === words[i + 1]?.lower;
    if (word.pos === 'DET' || word.pos === 'NUM' || UNNAMING.has(word.lower) || counting) i++;
    else break;
  }
  for (let k = i; k < to; k++) if (SUSPICION.has((words[k] as Word).lower)) return null;
  // "52 year old Libyan born", "suicide", "unknown": words that describe before the name or the noun.
  // An age or a birthplace describes a person ("52 year old", "Libyan born"); a nationality alone may
  // describe a group ("Nigerian Dawa Karim militants").
  let aged = false;
  let j = i;
  while (j < to) {
    const word = words[j] as Word;
    if (ATTACKER_NOUNS.has(word.lower) || SECURITY_WORDS.has(word.lower)) break;
    if (AGE_WORDS.has(word.lower) || /-years?-old$/.test(word.lower) || /(?:^|-)born$/.test(word.lower)) {
      aged = true;
    } else if (word.lower === 'of') {
      // "a number of police officers": a phrase inside the phrase, too loose to name an attacker.
      return null;
    } else if (word.pos === 'NUM' || UNNAMING.has(word.lower) || ATTACK_MODIFIERS.has(word.lower)) {
      // a count or a description: "unknown", "suicide", says nothing alone
    } else if (NATIONALITY_WORDS.has(word.lower) && /^-?born$/.test(words[j + 1]?.lower ?? '')) {
      // "Libyan born": an origin; "Islamic Dawla Front", "Syrian Ansar Dawla" begin a name
    } else if (isCapitalised(word) || !/^[a-z]/.test(word.text)) {
      break;
    } else if (!DESCRIBING_POS.has(word.pos)) {
      // "in Kessling Province militants attacked": a preposition before the name, no subject to trust.
      return null;
    }
    j++;
  }
  if (j >= to) return null;
  const word = words[j] as Word;
  if (ATTACKER_NOUNS.has(word.lower)) {
    // "fighters of X", "a gunman affiliated with X", "militants belonging to X"
    const of = linkLength(words, j);
    const participle = of > 0 ? 0 : linkLength(words, j + 1);
    if (of > 0) return groupAfterLink(context, words, j + of, to);
    return participle > 0 ? groupAfterLink(context, words, j + 1 + participle, to) : null;
  }
  if (SECURITY_WORDS.has(word.lower)) {
    let end = j + 1;
    while (end < to && SECURITY_WORDS.has((words[end] as Word).lower)) end++;
    // "Police post attacked": the police name what was attacked, they are not the attackers.
    const after = words[end];
    if (end < to && after && (after.pos === 'NOUN' || after.pos === 'PROPN')) return null;
    return { actor: resolveActor(context, wordsSpan(context.text, words, i, end)), security: true };
  }
  const nameEnd = isCapitalised(word) ? personNameEnd(words, j, to) : -1;
  if (nameEnd === to) {
    const actor = personIn(context, words, j, nameEnd);
    // "rival Ivan Petrov attacked the plan": only an age or a birthplace makes the person an attacker.
    if (actor && aged) return { actor, security: false };
  }
  if (words[j - 1]?.lower === 'pro' || words[j - 1]?.lower === 'anti') return null;
  const reading = groupAt(context, words, j, to, i);
  if (!reading) return null;
  // "Orlo News broadcast a live shot": the group's phrase goes on into another noun, it is no subject.
  const next = words[reading.end];
  const goesOn =
    reading.end < to && next !== undefined && next.pos !== 'ADP' && !SUBJECT_PARTICIPLES.has(next.lower);
  if (goesOn) return null;
  // "the Crimson Hand Army attacked": a bare name is a group only when it reads as one.
  return reading.named || isArmedGroup(reading.actor.span.text) ? reading : null;
}

/**
 * The group named by the phrase after a link ("of the Kessian group Ansar Dawla", "belonging to the
 * regional Northern Front of Varga – Kessling Province"): its first name, or the name a
 * describing run stands before.
 */
function groupAfterLink(
  context: ParseContext,
  words: readonly Word[],
  from: number,
  to = words.length,
): GroupReading | null {
  const limit = Math.min(to, phraseEnd(words, from));
  const runs = nameRuns(words, from, limit);
  let index = 0;
  let run = runs[0];
  while (run) {
    const next = runs[index + 1];
    const describing = DESCRIPTION_HEADS.has((words[run.to - 1] as Word).text);
    if (!next || next.from !== run.to || !describing) break;
    index++;
    run = next;
  }
  if (!run) return null;
  const reading = groupAt(context, words, run.from, limit, from);
  return reading && !reading.security ? reading : null;
}

interface NamedGroup extends GroupReading {
  /** The name came with an attacker noun ("Dawa Karim militants"): a group, whatever its name. */
  named: boolean;
  /** The word after the name and its attacker noun. */
  end: number;
}

/**
 * The group whose name starts at `at`: the name without its attacker noun ("Dawa Karim militants" →
 * "Dawa Karim", "Dawla Front suicide bomber" → "Dawla Front"), with a lower-case "al" before it and a
 * number after it ("al Kessia", "Brigade 12"). Null for a place, a person, or words that only describe
 * ("Syrian gunmen", "Iran-backed militias").
 */
function groupAt(
  context: ParseContext,
  words: readonly Word[],
  at: number,
  to: number,
  floor: number,
): NamedGroup | null {
  const run = nameRuns(words, at, to)[0];
  if (!run || run.from !== at) return null;
  const start = at > floor && /^(?:al|el)$/.test((words[at - 1] as Word).text) ? at - 1 : at;
  let nameEnd = run.nameTo;
  // "an Adara militia": a generic head left out of the name still says it is a group.
  let named = run.to > run.nameTo;
  while (nameEnd > at && ATTACKER_NOUNS.has((words[nameEnd - 1] as Word).lower)) {
    nameEnd--;
    named = true;
  }
  if (nameEnd <= at) return null;
  let end = run.to;
  if (nameEnd === run.to && end < to && /^\d+$/.test((words[end] as Word).text)) {
    nameEnd++;
    end++;
  }
  // "Dawla Front suicide bombers", "a Red Dawn Brigade militant at": the attacker noun after the name.
  let nounEnd = -1;
  for (let k = end; k < to; k++) {
    const word = words[k] as Word;
    if (ATTACKER_NOUNS.has(word.lower)) nounEnd = k + 1;
    else if (!ATTACK_MODIFIERS.has(word.text)) break;
  }
  if (nounEnd > 0) {
    named = true;
    end = nounEnd;
  }
  if (describesOnly(words, at, nameEnd)) return null;
  const span = wordsSpan(context.text, words, start, nameEnd);
  const entity = entityNamed(context, span);
  if ((entity && entity.kind !== 'organisation') || knownPlace(span.text) !== null) return null;
  return { actor: resolveActor(context, span), security: isSecurity(words, at, nameEnd), named, end };
}

/** Words that make a police force or an army of a state: "Nigerian Army", "Federal Police". */
const STATE_WORDS = new Set([
  'national',
  'security',
  'special',
  'government',
  'federal',
  'state',
  'riot',
  'border',
  'royal',
  'armed',
]);

/**
 * "Nigerian Army", "the Federal Police": a state's forces. "Crimson Hand Army" and "Syrian Democratic
 * Forces" are armed groups whose names end in the same word.
 */
function isSecurity(words: readonly Word[], from: number, to: number): boolean {
  let head = false;
  for (let k = from; k < to; k++) {
    const lower = (words[k] as Word).lower;
    if (SECURITY_WORDS.has(lower)) head = true;
    else if (!NATIONALITY_WORDS.has(lower) && !STATE_WORDS.has(lower) && knownPlace(lower) === null)
      return false;
  }
  return head;
}

/** "Palestinian", "Iran-backed", "Islamist": words that describe attackers without naming a group. */
function describesOnly(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const lower = (words[k] as Word).lower;
    const describing =
      NATIONALITY_WORDS.has(lower) ||
      /-(?:backed|linked|led|based|aligned|affiliated|inspired)$/.test(lower) ||
      /ists?$/.test(lower);
    if (!describing) return false;
  }
  return true;
}

/**
 * Armed groups known by a name without a head word. Kept short and to armed groups: the project's list of
 * known organisations also holds newspapers and companies, and "Twitter attacks" are words.
 */
const ARMED_GROUP_NAMES = phraseSet(`
  taliban | hamas | hezbollah | hizbollah | isis | isil | daesh | al-qaeda | al-qaida | qaeda | al qaeda |
  shabaab | al-shabaab | al shabaab | houthis | houthi | pkk | ypg | iswap | jnim | islamic state |
  kataib hezbollah | asaib ahl al-haq
`);

/** A known armed group, or a name ending in an armed group's head word. */
function isArmedGroup(name: string): boolean {
  const key = lookupKey(name).replace(/^(?:the|al|el) /, '');
  if (ARMED_GROUP_NAMES.has(key)) return true;
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return ARMED_GROUP_HEADS.has(last) || ARMED_GROUP_NAMES.has(last);
}
