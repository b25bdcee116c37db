import { startsUpperCase } from '../characters.js';
import type { ArticleParser, ParseContext } from '../context.js';
import { readNumberAt } from '../lexicon/numbers.js';
import { wordTable } from '../lexicon/word-table.js';
import type { AttackEvent, Span } from '../types.js';
import { isCapitalised, nameRuns, placeOverlapping } from './incident/actors.js';
import { type AttackerReading, attackerIn } from './incident/attacker.js';
import {
  CLAUSE_PUNCTUATION,
  datesWithin,
  type SentenceWords,
  storySentences,
  type Word,
  wordsSpan,
  wordsText,
} from './incident/words.js';

/**
 * Attacks as the text describes them: "the use of rockets to attack the US Embassy in Baghdad on
 * Tuesday evening", "the seven missiles had all missed their targets", "one of the rockets landed in
 * Al-Zawra Park". Each sentence that names a weapon or an attack gives a mention; mentions of the same
 * kind of attack (or against the same target) are one event, so the seed's embassy attack gets its
 * target from one sentence and its seven missiles from another.
 */
export const eventsParser: ArticleParser = {
  name: 'events',
  parse(context: ParseContext) {
    const mentions: AttackEvent[] = [];
    // "The shooter was a member of X": an attacker named in a sentence that describes no attack.
    const apart: Array<{ reading: AttackerReading; sentence: SentenceWords }> = [];
    for (const sentence of storySentences(context)) {
      const reading = attackerIn(context, sentence.words);
      const mention = eventInSentence(context, sentence, reading?.actor ?? null);
      if (mention) mentions.push(mention);
      else if (reading) apart.push({ reading, sentence });
    }
    const events = mergeMentions(mentions);
    for (const { reading, sentence } of apart) {
      const main = events[0];
      if (main) main.attacker ??= reading.actor;
      else events.push(eventOfAttacker(context, sentence, reading));
    }
    context.article.events = events;
    context.trace('events', `${mentions.length} mentions, ${events.length} events`);
  },
};

interface WeaponKind {
  pattern: RegExp;
  kind: string;
}

/** Weapons, by the kind of attack they make. Matched against one word (or two, for "car bomb"). */
const WEAPONS: readonly WeaponKind[] = [
  { pattern: /^(?:rockets?|missiles?|mortars?|shells?|projectiles?|katyushas?)$/i, kind: 'rocket attack' },
  { pattern: /^(?:drones?)$/i, kind: 'drone attack' },
  {
    pattern:
      /^(?:(?:car|truck|suicide|roadside|pipe|nail|motorcycle|explosive|incendiary|improvised|suspicious) )?(?:bombs?|IEDs?|explosives?|grenades?|devices?|vests?)$/i,
    kind: 'bombing',
  },
  { pattern: /^(?:guns?|rifles?|firearms?|pistols?|handguns?|AK-47s?)$/i, kind: 'shooting' },
  { pattern: /^(?:knife|knives|machetes?|axes?|swords?)$/i, kind: 'stabbing' },
];

/** Attack words without a weapon: the kind they name. */
const ATTACK_WORDS: Readonly<Record<string, string>> = wordTable({
  bombing: 'bombing',
  bombings: 'bombing',
  blast: 'bombing',
  blasts: 'bombing',
  explosion: 'bombing',
  explosions: 'bombing',
  shooting: 'shooting',
  shootings: 'shooting',
  gunfire: 'shooting',
  stabbing: 'stabbing',
  stabbings: 'stabbing',
  ambush: 'ambush',
  ambushed: 'ambush',
  attack: 'attack',
  attacks: 'attack',
  attacked: 'attack',
  assault: 'attack',
});

/** Verbs and nouns after which the target is named: "to attack the US Embassy", "attacks on X". */
const TARGET_BEFORE_WORDS = [
  'attack',
  'attacked',
  'attacks',
  'attacking',
  'targeted',
  'targeting',
  'targets',
  'struck',
  'hit',
  'stormed',
  'storming',
  'bombed',
  'bombing',
  'shelled',
  'rammed',
  'ambushed',
];
const TARGET_BEFORE = new Set(TARGET_BEFORE_WORDS);
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'of', 'at', 'into']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'outside', 'inside']);
const OUTCOME_VERBS = new Set([
  'missed',
  'landed',
  'hit',
  'struck',
  'fell',
  'intercepted',
  'damaged',
  'destroyed',
  'exploded',
]);
const TARGET_STOP = new Set([
  'in',
  'on',
  'near',
  'at',
  'from',
  'with',
  'by',
  'was',
  'were',
  'is',
  'are',
  'and',
  'that',
  'which',
  'who',
  'while',
  'when',
  'after',
  'before',
  'during',
  'to',
  'as',
  'far',
  'killing',
  'injuring',
  'wounding',
  'since',
]);

/** The last words of every weapon above, to test a word before any pattern. */
const WEAPON_HEADS: ReadonlySet<string> = new Set([
  ...[
    'rocket',
    'missile',
    'mortar',
    'shell',
    'projectile',
    'katyusha',
    'drone',
    'bomb',
    'ied',
    'explosive',
    'grenade',
    'device',
    'vest',
    'gun',
    'rifle',
    'firearm',
    'pistol',
    'handgun',
    'ak-47',
    'machete',
    'axe',
    'sword',
  ].flatMap((weapon) => [weapon, `${weapon}s`]),
  'knife',
  'knives',
]);

/** Words without which a sentence describes no attack. */
const EVENT_HINTS: ReadonlySet<string> = new Set([
  ...Object.keys(ATTACK_WORDS),
  ...TARGET_BEFORE_WORDS,
  ...WEAPON_HEADS,
]);

function mentionsAttack(words: readonly Word[]): boolean {
  for (const word of words) if (EVENT_HINTS.has(word.lower)) return true;
  return false;
}

// Hoisted out of the loops that read every word: a literal there is a new object at each evaluation.
const S_ENDING = /s$/i;
const STARTS_UPPER_CASE = /^[A-Z]/;
const STARTS_LOWER_CASE = /^[a-z]/;
const STARTS_WITH_DETERMINER = /^(?:the|a|an|this|that)\s/i;

/**
 * A capitalised word beside another capitalised word, "A"/"An"/"The" aside. A word in capitals is part
 * of a name only beside a word in mixed case: a headline in capitals ("TURKEY CAR BOMB ATTACK") and an
 * acronym after "An" ("An IED exploded") still name weapons.
 */
function isWordOfName(words: readonly Word[], at: number): boolean {
  const word = words[at] as Word;
  if (!isCapitalised(word)) return false;
  const inCapitals = word.text === word.text.toUpperCase();
  return [words[at - 1], words[at + 1]].some(
    (neighbour) =>
      neighbour !== undefined &&
      !DETERMINER_WORDS.has(neighbour.lower) &&
      isCapitalised(neighbour) &&
      (!inCapitals || neighbour.text !== neighbour.text.toUpperCase()),
  );
}
const DETERMINER_WORDS = new Set(['a', 'an', 'the']);

/** What makes a "device" or a "vest" a bomb: "an explosive device", "a suicide vest"; "a listening device" is not. */
const BOMB_DEVICE_WORDS = new Set([
  'explosive',
  'incendiary',
  'improvised',
  'suspicious',
  'suicide',
  'nail',
  'pipe',
]);

const DETONATED = new Set(['detonated', 'detonates', 'exploded', 'triggered', 'blew', 'set']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** Words before a verb "bomb": "to bomb Iran", "could bomb the sites". */
const BEFORE_VERB = new Set(['to', 'will', 'would', 'could', 'should', 'can', 'might', 'must', 'not']);

/**
 * Weapon words that name no weapon: "crosses swords with", "a double-edged sword", "a listening device",
 * "to bomb Iran", "a potentially explosive market" ("an explosive device" is read at "device").
 */
function isFigureOfSpeech(words: readonly Word[], at: number): boolean {
  const word = words[at] as Word;
  const before = words[at - 1]?.lower ?? '';
  if (word.lower === 'bomb') return BEFORE_VERB.has(before);
  if (word.lower === 'explosive') return word.pos === 'ADJ';
  if (word.lower === 'device' || word.lower === 'devices') return !BOMB_DEVICE_WORDS.has(before);
  // "workers in yellow vests": a vest is a bomb as a "suicide vest", or when "detonated his vest".
  if (word.lower === 'vest' || word.lower === 'vests') {
    const detonated = DETONATED.has(words[at - 2]?.lower ?? '') && POSSESSIVES.has(before);
    return !BOMB_DEVICE_WORDS.has(before) && !detonated;
  }
  if (word.lower === 'sword' || word.lower === 'swords') {
    return before.startsWith('cross') || before.endsWith('-edged') || before === 'edged';
  }
  return false;
}

function weaponAt(words: readonly Word[], at: number): { kind: string; from: number; to: number } | null {
  const word = words[at] as Word;
  if (!WEAPON_HEADS.has(word.lower)) return null;
  // "the National Rifle Association", "Shell Oil", "Ericsson AXE": a word of a name, no weapon.
  if (isWordOfName(words, at)) return null;
  if (isFigureOfSpeech(words, at)) return null;
  const pair = at > 0 ? `${(words[at - 1] as Word).text} ${word.text}` : '';
  for (const weapon of WEAPONS) {
    if (pair && weapon.pattern.test(pair)) return { kind: weapon.kind, from: at - 1, to: at + 1 };
    if (weapon.pattern.test(word.text)) return { kind: weapon.kind, from: at, to: at + 1 };
  }
  return null;
}

/**
 * The attack one sentence describes, or null when it names no weapon, no attack with a target and no
 * attack with its attacker (read before, by `attackerIn`).
 */
function eventInSentence(
  context: ParseContext,
  sentence: SentenceWords,
  attacker: AttackEvent['attacker'] = null,
): AttackEvent | null {
  const { text } = context;
  const words = sentence.words;
  if (!mentionsAttack(words)) return null;
  let weapon: { kind: string; from: number; to: number } | null = null;
  let attackKind: string | null = null;
  let target: string | null = null;
  let place: string | null = null;
  let outcome: string | null = null;
  let count: number | null = null;
  let anchor = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (!weapon) {
      const found = weaponAt(words, i);
      // "missile brands", "rocket launcher": a weapon word used as a modifier is no weapon.
      const modifier =
        found && words[i + 1]?.pos === 'NOUN' && !weaponAt(words, i + 1) && !S_ENDING.test(word.text);
      if (found && !modifier) {
        weapon = found;
        if (anchor < 0) anchor = found.from;
        count = countBefore(words, found.from);
      }
    }
    if (attackKind === null && ATTACK_WORDS[word.lower] !== undefined) {
      attackKind = ATTACK_WORDS[word.lower] as string;
      if (anchor < 0) anchor = i;
    }
    if (target === null && TARGET_BEFORE.has(word.lower)) {
      target = targetAfter(text, words, i + 1);
      // "Militants stormed the hotel": the verb that names the target is the attack.
      if (target !== null && anchor < 0) anchor = i;
    }
    if (outcome === null && OUTCOME_VERBS.has(word.lower) && weapon) outcome = outcomeFrom(text, words, i);
  }
  // "A Northern Front attack caused ...": an attack with its attacker is an event without a target.
  if (anchor < 0 || (!weapon && !target && !attacker)) return null;
  place = placeIn(context, words, anchor);
  const kind = weapon ? weapon.kind : (attackKind ?? 'attack');
  return {
    kind,
    weapon: weapon ? wordsText(text, words, weapon.from, weapon.to) : null,
    count,
    target,
    place,
    date: dateIn(context, sentence.span),
    outcome,
    attacker,
    span: sentence.span,
  };
}

/**
 * An article whose attack sentences name no weapon or target ("A gunman opened fire on shoppers") but
 * that says who attacked ("The shooter was a member of X") still has that attack.
 */
function eventOfAttacker(
  context: ParseContext,
  sentence: SentenceWords,
  reading: AttackerReading,
): AttackEvent {
  return {
    kind: reading.kind,
    weapon: null,
    count: null,
    target: null,
    place: placeIn(context, sentence.words, 0),
    date: dateIn(context, sentence.span),
    outcome: null,
    attacker: reading.actor,
    span: sentence.span,
  };
}

/** "seven missiles", "the 2 car bombs"; not "one of the rockets". */
function countBefore(words: readonly Word[], at: number): number | null {
  for (let back = 1; back <= 3 && at - back >= 0; back++) {
    const lowers = words.slice(at - back, at).map((word) => word.lower);
    const reading = readNumberAt(lowers, 0);
    if (reading && reading.words === back) return reading.value;
    // "seven new missiles": one modifier between.
    if (reading && reading.words === back - 1 && (words[at - 1] as Word).pos === 'ADJ') return reading.value;
  }
  return null;
}

function targetAfter(text: string, words: readonly Word[], from: number): string | null {
  let start = from;
  if (words[start] && TARGET_PREPOSITIONS.has((words[start] as Word).lower)) start++;
  let end = start;
  while (end < words.length && end - start < 8) {
    const word = words[end] as Word;
    if (CLAUSE_PUNCTUATION.has(word.text) || TARGET_STOP.has(word.lower)) break;
    // "the mosque killed 33 people", "a security post belonging to": the target ends at a verb.
    if (end > start && (word.pos === 'VERB' || word.pos === 'AUX')) break;
    if (word.lower === 'of' && !(words[end + 1] && STARTS_UPPER_CASE.test((words[end + 1] as Word).text)))
      break;
    end++;
  }
  if (end === start) return null;
  // "bombing operations": a noun used as a modifier names no target.
  if (start === from && (words[from - 1] as Word | undefined)?.lower === 'bombing') return null;
  const phrase = wordsText(text, words, start, end);
  // A target is named ("the US Embassy", "a police checkpoint"); "their targets", "diplomatic missions" are not.
  const named = STARTS_WITH_DETERMINER.test(phrase) || someCapitalised(words, start, end);
  if (!named) return null;
  return phrase;
}

function someCapitalised(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (startsUpperCase((words[k] as Word).text)) return true;
  return false;
}

function placeIn(context: ParseContext, words: readonly Word[], anchor: number): string | null {
  for (let i = anchor; i < words.length - 1; i++) {
    if (!PLACE_PREPOSITIONS.has((words[i] as Word).lower)) continue;
    const runs = nameRuns(words, i + 1, Math.min(words.length, i + 7));
    const run = runs[0];
    // "in the Syrian capital", "in a Pakistani tribal district": a name before a common noun or an
    // adjective describes it, it is not the place.
    const after = run ? words[run.to] : undefined;
    const describes =
      after !== undefined &&
      (after.pos === 'NOUN' || after.pos === 'ADJ') &&
      STARTS_LOWER_CASE.test(after.text);
    if (run && run.from <= i + 2 && !describes) {
      const span = wordsSpan(context.text, words, run.from, run.to);
      const entity = placeOverlapping(context, span);
      return entity ? entity.name : span.text;
    }
  }
  return null;
}

function outcomeFrom(text: string, words: readonly Word[], at: number): string | null {
  let end = at + 1;
  while (end < words.length && end - at < 10) {
    const word = words[end] as Word;
    if (CLAUSE_PUNCTUATION.has(word.text) || word.lower === 'while' || word.lower === 'but') break;
    end++;
  }
  return wordsText(text, words, at, end);
}

function dateIn(context: ParseContext, sentence: Span): string | null {
  for (const mention of datesWithin(context, sentence)) {
    if (mention.precision === 'day' || mention.precision === 'time') return mention.date.slice(0, 10);
  }
  return null;
}

/**
 * One event per attack: mentions of the same kind, or against the same target, fill the gaps of the
 * first mention (the seed's target from one sentence, its count of seven from another).
 */
function mergeMentions(mentions: AttackEvent[]): AttackEvent[] {
  const events: AttackEvent[] = [];
  for (const mention of mentions) {
    const same = events.find(
      (event) =>
        event.kind === mention.kind ||
        (event.target !== null && mention.target !== null && sameTarget(event.target, mention.target)),
    );
    if (!same) {
      events.push({ ...mention });
      continue;
    }
    same.weapon ??= mention.weapon;
    same.count ??= mention.count;
    same.target ??= mention.target;
    same.place ??= mention.place;
    same.date ??= mention.date;
    same.outcome ??= mention.outcome;
    same.attacker ??= mention.attacker;
  }
  return events;
}

function sameTarget(a: string, b: string): boolean {
  const words = (value: string) => new Set(value.split(/\s+/).filter((word) => /^[A-Z]/.test(word)));
  const left = words(a);
  for (const word of words(b)) if (left.has(word)) return true;
  return false;
}
