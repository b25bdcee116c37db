import type { ArticleParser, ParseContext } from '../context.js';
import { spanOf } from '../span.js';
import type { ActorRef, Claim } from '../types.js';
import { actorIn, actorsIn, subjectBefore } from './incident/actors.js';
import { namedAttackerClaims } from './incident/named-attacker.js';
import { CLAUSE_PUNCTUATION, storySentences, type Word, wordsSpan, wordsText } from './incident/words.js';

/**
 * Responsibility claims, denials, blame and suspicion: "X claimed responsibility for the Tuesday
 * attacks", "claimed by X", "X said it carried out", "X denied involvement", "no group has claimed
 * responsibility", "officials blamed X", "X is suspected", "X is believed to be behind". The actor is
 * the organisation named in the subject, not the clauses around it: "The Ahl al-Kahf militia, formed
 * by Al-Nujaba militia led by Akram al-Kaabi, claimed ..." → Ahl al-Kahf. A person the text names as
 * the attacker ("The gunman, identified as Ivan Petrov") is a suspicion marked `individual`
 * (`incident/named-attacker.ts`).
 */
export const claimsParser: ArticleParser = {
  name: 'claims',
  parse(context: ParseContext) {
    const claims: Claim[] = [];
    for (const sentence of storySentences(context)) {
      for (const claim of claimsInSentence(context, sentence.words)) claims.push(claim);
    }
    context.article.claims = dedupe(claims);
    if (context.options.debug) {
      for (const item of context.article.claims) {
        context.trace('claims', `${item.kind} ${item.actor?.name ?? '-'} ← "${item.span.text}"`);
      }
    }
    context.trace('claims', `${claims.length} claims`);
  },
};

// Hoisted out of the loops that read every word: a literal there is a new object at each evaluation.
// Punctuation marks as words of their own, one lookup each.
const BLAME_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', ';', ':', '(', ')']);
const STOP_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', ';']);
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'saying', 'and', 'but', 'while', 'on', 'in', 'as']);
const SENTENCE_OPENERS = new Set(['but', 'and', 'however', 'meanwhile', ',']);
/** "A spokesman for", "members of": the words before the organisation someone speaks for. */
const SPEAKS_FOR =
  /^(?:spokes(?:man|woman|person)|statement|leader|commander|member|members|fighters?|militants?)$/;
const BARE_PRONOUN = /^(?:it|this|that|they)$/i;
const CARRIED_OUT_ENDS = new Set(['out', 'behind', 'responsible']);
const BELIEF_VERBS = new Set(['believe', 'believed', 'believes', 'suspect', 'say', 'said', 'think']);
const MODALS = new Set(['could', 'may', 'might']);

/** "no group has claimed responsibility", "there was no immediate claim of responsibility". */
const UNCLAIMED =
  /\b(?:no (?:group|one|organi[sz]ation|party|faction|militant group)|nobody|none)(?: has| have| had| was| is)?(?: yet| immediately| so far| publicly)? (?:claimed|taken|accepted|admitted) (?:responsibility|credit|the (?:attacks?|bombings?|blasts?|assault|killings?|shooting|explosions?|raid|ambush)|it)\b|\bno (?:immediate |official |formal )?claims? of responsibility|\b(?:has|have|had|was|were) not (?:yet |immediately )?(?:been )?claimed\b|\bwent unclaimed\b|\bremains? unclaimed\b/i;

const CLAIM_VERBS = new Set(['claimed', 'claims', 'claiming']);
/** Words before "claims" that make it a noun: "against claims", "the claims", "their claims". */
const CLAIMS_AS_NOUN_AFTER = new Set([
  'against',
  'the',
  'these',
  'those',
  'such',
  'his',
  'her',
  'their',
  'its',
  'our',
  'of',
  'to',
  'about',
  'over',
  'with',
  'rejected',
  'denied',
  'dismissed',
]);
const TAKE_VERBS = new Set([
  'took',
  'takes',
  'taken',
  'taking',
  'accepted',
  'accepts',
  'assumed',
  'admitted',
]);
const DENY_VERBS = new Set(['denied', 'denies', 'deny', 'denying']);
const ATTACK_NOUNS =
  /^(?:attacks?|bombings?|blasts?|explosions?|shootings?|assaults?|killings?|ambush(?:es)?|raids?|massacre|stabbings?|kidnappings?|abductions?|operations?|strikes?|incidents?)$/i;
const ATTACK_VERBS = new Set([
  'attacked',
  'bombed',
  'killed',
  'killing',
  'stormed',
  'ambushed',
  'exploded',
  'detonated',
]);
const NEGATIONS = new Set(['not', 'never', "n't", 'no', 'to', 'nobody', 'none']);
const SUBJECT_SKIP = new Set([
  'strongly',
  'repeatedly',
  'flatly',
  'has',
  'have',
  'had',
  'later',
  'also',
  'quickly',
  'officially',
  'swiftly',
  'reportedly',
  'subsequently',
  'immediately',
  'then',
  'itself',
  'publicly',
  'allegedly',
  'both',
  'had',
]);

/** What a word may start: the reader for it below. Words outside this map start no claim. */
type ClaimCue = 'claim' | 'denial' | 'blame' | 'nothing' | 'said' | 'suspicion';

const CUES: ReadonlyMap<string, ClaimCue> = new Map<string, ClaimCue>([
  ...[...CLAIM_VERBS, ...TAKE_VERBS].map((word): [string, ClaimCue] => [word, 'claim']),
  ...[...DENY_VERBS].map((word): [string, ClaimCue] => [word, 'denial']),
  // "blaming" too, after a denial only ("denied responsibility, blaming the coalition"): alone it is
  // more often politics ("blaming the government") than an attack.
  ...['blamed', 'blames', 'blame'].map((word): [string, ClaimCue] => [word, 'blame']),
  ['nothing', 'nothing'],
  ['said', 'said'],
  ['says', 'said'],
  // The words `readSuspicion` reads from.
  ...[
    'suspected',
    'believed',
    'thought',
    'alleged',
    'suspect',
    'suspects',
    'by',
    'to',
    'responsible',
    'perpetrators',
    'perpetrator',
  ].map((word): [string, ClaimCue] => [word, 'suspicion']),
]);

/** The claims of one sentence's words. */
function claimsInSentence(context: ParseContext, words: readonly Word[]): Claim[] {
  const text = context.text;
  const claims: Claim[] = [];
  // One pass reads each word once: where a claim may start, and whether `UNCLAIMED` may match. Each of
  // its phrases has a word with "claim" in it ("claimed", "claims", "unclaimed") or a verb of
  // `TAKE_VERBS` ("taken", "accepted", "admitted"); most sentences have neither and skip it.
  const cueAt: number[] = [];
  const cueKind: ClaimCue[] = [];
  let mayBeUnclaimed = false;
  let deniedBefore = false;
  for (let v = 0; v < words.length; v++) {
    const lower = (words[v] as Word).lower;
    const cue: ClaimCue | undefined =
      CUES.get(lower) ?? (lower === 'blaming' && deniedBefore ? 'blame' : undefined);
    deniedBefore ||= cue === 'denial';
    if (cue !== undefined) {
      cueAt.push(v);
      cueKind.push(cue);
    }
    mayBeUnclaimed ||= cue === 'claim' || (lower.length >= 5 && lower.includes('claim'));
  }
  const sentenceSpan = mayBeUnclaimed ? wordsSpan(text, words, 0, words.length) : null;
  const unclaimed = sentenceSpan ? UNCLAIMED.exec(sentenceSpan.text) : null;
  if (sentenceSpan && unclaimed) {
    const start = sentenceSpan.start + unclaimed.index;
    claims.push({
      kind: 'unclaimed',
      actor: null,
      event: eventAfterMatch(text, words, start + unclaimed[0].length),
      span: spanOf(text, start, start + unclaimed[0].length),
    });
  }
  for (let c = 0; c < cueAt.length; c++) {
    const v = cueAt[c] as number;
    let claim: Claim | null = null;
    switch (cueKind[c]) {
      case 'claim':
        for (const read of readClaim(context, words, v, unclaimed !== null)) claims.push(read);
        break;
      case 'denial':
        claim = readDenial(context, words, v);
        break;
      case 'blame':
        claim = readBlame(context, words, v);
        break;
      case 'nothing':
        claim = readNothingToDoWith(context, words, v);
        break;
      case 'said':
        claim = readSaidItCarriedOut(context, words, v);
        break;
      case 'suspicion':
        claim = readSuspicion(context, words, v);
        break;
    }
    if (claim) claims.push(claim);
  }
  for (const claim of namedAttackerClaims(context, words)) claims.push(claim);
  return claims;
}

function isNegated(words: readonly Word[], v: number): boolean {
  for (let k = Math.max(0, v - 3); k < v; k++) if (NEGATIONS.has((words[k] as Word).lower)) return true;
  return false;
}

/** "X claimed responsibility for ...", "X claimed the attack", "claimed by X", "X took responsibility". */
function readClaim(
  context: ParseContext,
  words: readonly Word[],
  v: number,
  sentenceUnclaimed: boolean,
): Claim[] {
  const text = context.text;
  const lower = (words[v] as Word).lower;
  const next = words[v + 1]?.lower;
  // "against claims it ...", "the claims of the opposition": a noun, no claim of responsibility.
  if (lower === 'claims' && CLAIMS_AS_NOUN_AFTER.has(words[v - 1]?.lower ?? '')) return [];
  // "claimed by Islamic State", "an attack claimed by the group"; not "claims by opposition MPs".
  if (lower === 'claimed' && next === 'by') {
    const end = clauseEnd(words, v + 2, 10);
    const actor = actorIn(context, words, v + 2, end);
    if (!actor) return [];
    const event = passiveSubject(text, words, v);
    return [{ kind: 'claimed', actor, event: eventOrNull(event), span: wordsSpan(text, words, v, end) }];
  }
  if (isNegated(words, v)) return [];
  let objectEnd = -1;
  let event: string | null = null;
  if (TAKE_VERBS.has(lower)) {
    // "I have taken responsibility" (for a policy) is no claim: it must be for an attack.
    if (!words.some((word) => ATTACK_NOUNS.test(word.text) || ATTACK_VERBS.has(word.lower))) return [];
    if (
      next !== 'responsibility' &&
      next !== 'credit' &&
      !(next === 'full' && words[v + 2]?.lower === 'responsibility')
    )
      return [];
    objectEnd = v + (next === 'full' ? 3 : 2);
  } else {
    for (let k = v + 1; k < Math.min(words.length, v + 4); k++) {
      const object = (words[k] as Word).lower;
      if (object === 'responsibility' || object === 'credit') {
        objectEnd = k + 1;
        break;
      }
    }
    if (objectEnd < 0 && lower !== 'claiming') {
      // "The Islamic State claimed the attack", "claimed it"
      const object = words[v + 1];
      // "claimed it in a statement"; "claimed it was offensive" states something, it claims nothing.
      const clauseFollows = words[v + 2]?.pos === 'VERB' || words[v + 2]?.pos === 'AUX';
      if (object && (object.lower === 'it' || object.lower === 'both') && !clauseFollows) objectEnd = v + 2;
      else if (
        object &&
        (object.lower === 'the' ||
          object.lower === 'this' ||
          object.lower === 'these' ||
          object.lower === 'that')
      ) {
        for (let k = v + 2; k < Math.min(words.length, v + 5); k++) {
          if (ATTACK_NOUNS.test((words[k] as Word).text)) {
            objectEnd = k + 1;
            event = wordsText(text, words, v + 1, k + 1);
            break;
          }
        }
      }
    }
  }
  if (objectEnd < 0) return [];
  if (event === null) event = eventAfter(text, words, objectEnd);
  const subject = subjectBefore(words, skipBack(words, v));
  if (!subject) return [];
  const first = (words[subject[0]] as Word).lower;
  if (sentenceUnclaimed && (first === 'no' || first === 'nobody' || first === 'none')) return [];
  const span = wordsSpan(text, words, subject[0], Math.max(objectEnd, v + 1));
  const actors = actorsOfSubject(context, words, subject[0], subject[1]);
  if (actors.length === 0) return [{ kind: 'claimed', actor: null, event, span }];
  return actors.map((actor) => ({ kind: 'claimed', actor, event, span }));
}

function actorsOfSubject(
  context: ParseContext,
  words: readonly Word[],
  from: number,
  to: number,
): ActorRef[] {
  const single = actorOfSubject(context, words, from, to);
  const all = actorsIn(context, words, from, to);
  return all.length > 1 ? all : single ? [single] : [];
}

const SPOKESPERSON = /^spokes(?:man|woman|person)$/;

/** "A spokesperson for the Baloch Nationalist Army claimed": the organisation, not the spokesperson. */
function actorOfSubject(
  context: ParseContext,
  words: readonly Word[],
  from: number,
  to: number,
): ActorRef | null {
  for (let k = from; k < to - 1; k++) {
    const word = (words[k] as Word).lower;
    if (
      (word === 'for' || word === 'of') &&
      SPEAKS_FOR.test((words[k - 1] as Word | undefined)?.lower ?? '')
    ) {
      return actorIn(context, words, k + 1, to);
    }
  }
  // "A Taliban spokesman, Zabihullah Mujahid, claimed": the spokesman speaks for the organisation.
  if (words[from - 1]?.text === ',') {
    let k = from - 2;
    while (k >= Math.max(0, from - 8) && (words[k] as Word).text !== ',') k--;
    const role = words[from - 2];
    if (role && SPOKESPERSON.test(role.lower)) {
      const organisation = actorIn(context, words, k + 1, from - 2);
      if (organisation) return organisation;
    }
    // "A spokesman for the Taliban, Zabihullah Mujahid, denied ...": the organisation he speaks for.
    for (let r = k + 1; r < from - 3; r++) {
      const preposition = (words[r + 1] as Word).lower;
      if (SPOKESPERSON.test((words[r] as Word).lower) && (preposition === 'for' || preposition === 'of')) {
        const organisation = actorIn(context, words, r + 2, from - 1);
        if (organisation) return organisation;
      }
    }
  }
  return actorIn(context, words, from, to);
}

/** The subject of a passive verb ("The attack was claimed by"), or null for a bare pronoun ("It was"). */
function passiveSubject(text: string, words: readonly Word[], v: number): string | null {
  let k = skipBack(words, v);
  while (k > 0 && BEING_VERBS.has((words[k - 1] as Word).lower)) k--;
  const subject = subjectBefore(words, k);
  if (!subject) return null;
  if (subject[1] - subject[0] === 1 && BARE_PRONOUN.test((words[subject[0]] as Word).text)) return null;
  return wordsText(text, words, subject[0], subject[1]);
}

/** Back over auxiliaries and adverbs to the end of the subject: "Islamic State later claimed". */
function skipBack(words: readonly Word[], v: number): number {
  let k = v;
  while (k > 0 && SUBJECT_SKIP.has((words[k - 1] as Word).lower)) k--;
  // "Tehrik-i-Taliban Pakistan (TTP) claimed": the name is before its acronym.
  if (words[k - 1]?.text === ')') {
    for (let open = k - 2; open >= Math.max(0, k - 6); open--) {
      if (words[open]?.text === '(') return open;
    }
  }
  return k;
}

/** Index of the first clause break at or after `from`, at most `limit` words on. */
function clauseEnd(words: readonly Word[], from: number, limit: number): number {
  let k = from;
  while (k < words.length && k - from < limit) {
    const word = words[k] as Word;
    if (k > from && (CLAUSE_PUNCTUATION.has(word.text) || CLAUSE_OPENERS.has(word.lower))) break;
    if (k === from && CLAUSE_PUNCTUATION.has(word.text)) break;
    k++;
  }
  return k;
}

/** "for the Tuesday attacks" after the object. */
function eventAfter(text: string, words: readonly Word[], at: number): string | null {
  const preposition = words[at]?.lower;
  if (preposition !== 'for' && preposition !== 'in' && preposition !== 'over' && preposition !== 'of')
    return null;
  const end = clauseEnd(words, at + 1, 10);
  return end > at + 1 ? wordsText(text, words, at + 1, end) : null;
}

function eventAfterMatch(text: string, words: readonly Word[], offset: number): string | null {
  const at = words.findIndex((word) => word.start >= offset);
  if (at < 0) return null;
  let k = at;
  if (words[k]?.lower === 'yet' || words[k]?.lower === 'so') k += words[k]?.lower === 'so' ? 2 : 1;
  return eventAfter(text, words, k);
}

function eventOrNull(event: string | null): string | null {
  return event && event.trim().length > 0 ? event : null;
}

const INVOLVEMENT = /^(?:involvement|responsibility|role|links?|connection|ties|part)$/;

/**
 * A denial of a part in an attack: "denied involvement", "denied any role", "denied that it was
 * behind", "denied and condemned the attack"; not "deny the right" or "denied the report".
 */
const DENIED_ROLE_WORDS = new Set(['involved', 'behind', 'responsible']);

function deniesInvolvement(words: readonly Word[], v: number): boolean {
  const next = words[v + 1]?.lower ?? '';
  if (INVOLVEMENT.test(next)) return true;
  if (
    (next === 'any' || next === 'all' || next === 'its' || next === 'their') &&
    INVOLVEMENT.test(words[v + 2]?.lower ?? '')
  ) {
    return true;
  }
  const window = words.slice(v + 1, v + 9).map((word) => word.lower);
  if (next === 'that' || next === 'being' || next === 'having' || next === 'carrying') {
    return window.some((word) =>
      /^(?:behind|responsible|involved|carried|carrying|attack|attacks|part)$/.test(word),
    );
  }
  if (next === 'and' || next === 'the' || next === 'this' || next === 'it' || next === 'they') {
    // "denied the attack", "denied the group was involved", "denied it was behind the bombing"
    return window
      .slice(0, 5)
      .some((word, k) => (k < 4 && ATTACK_NOUNS.test(word)) || DENIED_ROLE_WORDS.has(word));
  }
  return false;
}

/** "X denied involvement", "denying involvement in any attack" (the subject is the sentence's). */
function readDenial(context: ParseContext, words: readonly Word[], v: number): Claim | null {
  const text = context.text;
  const next = words[v + 1]?.lower ?? '';
  if (!deniesInvolvement(words, v) || isNegated(words, v)) return null;
  let subject: [number, number] | null;
  if ((words[v] as Word).lower === 'denying') subject = sentenceSubject(words);
  else subject = subjectBefore(words, skipBack(words, v));
  if (!subject) return null;
  const actor = actorOfSubject(context, words, subject[0], subject[1]);
  if (!actor) return null;
  // "denied any involvement in the attack"
  let end = v + 2;
  if (next === 'any' && /^(?:involvement|responsibility|role|links?)$/.test(words[v + 2]?.lower ?? ''))
    end = v + 3;
  const event = eventAfter(text, words, end);
  const spanEnd = Math.min(clauseEnd(words, end, 12), words.length);
  return {
    kind: 'denied',
    actor,
    event,
    span: spanOf(
      text,
      Math.min(actor.span.start, (words[v] as Word).start),
      (words[spanEnd - 1] as Word).end,
    ),
  };
}

const STATEMENT_VERBS = new Set([
  'said',
  'says',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'stated',
  'maintained',
  'argued',
]);

/** "the Council claimed that they had nothing to do with the kidnappings": a denial. */
function readNothingToDoWith(context: ParseContext, words: readonly Word[], v: number): Claim | null {
  if (words[v + 1]?.lower !== 'to' || words[v + 2]?.lower !== 'do' || words[v + 3]?.lower !== 'with')
    return null;
  let verb = v - 1;
  while (verb >= Math.max(0, v - 8) && !STATEMENT_VERBS.has((words[verb] as Word).lower)) verb--;
  if (verb < Math.max(0, v - 8)) return null;
  const subject = subjectBefore(words, skipBack(words, verb));
  if (!subject) return null;
  const actor = actorOfSubject(context, words, subject[0], subject[1]);
  if (!actor) return null;
  const end = clauseEnd(words, v + 4, 10);
  const event = end > v + 4 ? wordsText(context.text, words, v + 4, end) : null;
  return { kind: 'denied', actor, event, span: wordsSpan(context.text, words, subject[0], end) };
}

/** The subject of the sentence's main clause: the words before its first verb. */
function sentenceSubject(words: readonly Word[]): [number, number] | null {
  let from = 0;
  while (from < words.length && SENTENCE_OPENERS.has((words[from] as Word).lower)) from++;
  let k = from;
  while (k < words.length && k - from < 30) {
    const word = words[k] as Word;
    if (
      word.pos === 'AUX' ||
      (word.pos === 'VERB' && k > from && !word.text.includes('-')) ||
      word.text === ','
    )
      break;
    k++;
  }
  return k > from ? [from, k] : null;
}

/** "officials blamed X for the attack", "the attack was blamed on X". */
function readBlame(context: ParseContext, words: readonly Word[], v: number): Claim | null {
  const text = context.text;
  if (isNegated(words, v)) return null;
  if (words[v + 1]?.lower === 'on') {
    const end = clauseEnd(words, v + 2, 10);
    const actor = actorIn(context, words, v + 2, end);
    if (!actor) return null;
    const event = passiveSubject(text, words, v);
    // "blamed on the policies of the president": blame for an attack only.
    if (event !== null && !event.split(/\s+/).some((word) => ATTACK_NOUNS.test(word))) return null;
    return { kind: 'blamed', actor, event: eventOrNull(event), span: wordsSpan(text, words, v, end) };
  }
  let end = v + 1;
  while (end < words.length && end - v < 10) {
    const word = words[end] as Word;
    if (
      BLAME_PUNCTUATION.has(word.text) ||
      word.lower === 'for' ||
      word.lower === 'of' ||
      word.lower === 'and' ||
      word.lower === 'but' ||
      word.lower === 'on'
    )
      break;
    end++;
  }
  if (end === v + 1) return null;
  // "Authorities have blamed the attack on the PKK"
  if (words[end]?.lower === 'on') {
    const blamedFor = words.slice(v + 1, end);
    if (!blamedFor.some((word) => ATTACK_NOUNS.test(word.text))) return null;
    const actorEnd = clauseEnd(words, end + 1, 10);
    const actor = actorIn(context, words, end + 1, actorEnd);
    if (!actor) return null;
    return {
      kind: 'blamed',
      actor,
      event: wordsText(text, words, v + 1, end),
      span: wordsSpan(text, words, v, actorEnd),
    };
  }
  // "he blamed Jews for a supposed white genocide": blame counts when it is for an attack.
  let event: string | null = null;
  if (words[end]?.lower === 'for') {
    const eventEnd = clauseEnd(words, end + 1, 8);
    const eventWords = words.slice(end + 1, eventEnd);
    if (!eventWords.some((word) => ATTACK_NOUNS.test(word.text))) return null;
    event = wordsText(text, words, end + 1, eventEnd);
  } else if (words[end] && !STOP_PUNCTUATION.has((words[end] as Word).text)) {
    return null;
  }
  const actor = actorIn(context, words, v + 1, end);
  if (!actor) return null;
  return { kind: 'blamed', actor, event, span: wordsSpan(text, words, v, end) };
}

const CARRIED_OUT = new Set([
  'carried',
  'was',
  'were',
  'is',
  'are',
  'had',
  'conducted',
  'perpetrated',
  'staged',
  'launched',
]);

/** "X said it carried out the attack", "says they are behind the attack". */
function readSaidItCarriedOut(context: ParseContext, words: readonly Word[], v: number): Claim | null {
  let k = v + 1;
  if (words[k]?.lower === 'that') k++;
  const pronoun = words[k]?.lower;
  // "said it carried out", "said its fighters carried out"
  if (
    (pronoun === 'its' || pronoun === 'their') &&
    /^(?:fighters|militants|members|men|forces|operatives|soldiers)$/.test(words[k + 1]?.lower ?? '')
  )
    k++;
  else if (pronoun !== 'it' && pronoun !== 'they') return null;
  const verb = words[k + 1]?.lower ?? '';
  if (!CARRIED_OUT.has(verb)) return null;
  const rest = words.slice(k + 1, k + 4).map((word) => word.lower);
  const carriedOut =
    (verb === 'carried' && rest[1] === 'out') ||
    ['conducted', 'perpetrated', 'staged', 'launched'].includes(verb);
  const behind = rest.includes('behind') || rest.includes('responsible');
  if (!carriedOut && !behind) return null;
  const subject = subjectBefore(words, skipBack(words, v));
  if (!subject) return null;
  const actor = actorOfSubject(context, words, subject[0], subject[1]);
  if (!actor) return null;
  // The event follows "carried out", "was behind", "conducted": "the attack on the pipeline".
  let eventStart = k + 2;
  for (let j = k + 1; j < Math.min(words.length, k + 5); j++) {
    if (CARRIED_OUT_ENDS.has((words[j] as Word).lower)) {
      eventStart = j + 1;
      break;
    }
  }
  if (words[eventStart]?.lower === 'for') eventStart++;
  const objectEnd = clauseEnd(words, eventStart, 10);
  const event = objectEnd > eventStart ? wordsText(context.text, words, eventStart, objectEnd) : null;
  return {
    kind: 'claimed',
    actor,
    event: eventOrNull(event),
    span: wordsSpan(context.text, words, subject[0], objectEnd),
  };
}

const BEING_VERBS = new Set(['is', 'are', 'was', 'were', 'being', 'been']);

/**
 * "X is suspected", "X is believed to be behind the attack", "authorities suspect X", "allegedly
 * carried out by X", "police believe X was responsible", "X could be the perpetrators".
 */
function readSuspicion(context: ParseContext, words: readonly Word[], v: number): Claim | null {
  const text = context.text;
  const word = words[v] as Word;
  const lower = word.lower;
  const previous = words[v - 1]?.lower ?? '';
  if (
    (lower === 'suspected' || lower === 'believed' || lower === 'thought' || lower === 'alleged') &&
    BEING_VERBS.has(previous)
  ) {
    const rest = words.slice(v + 1, v + 5).map((item) => item.lower);
    const behind =
      rest.includes('behind') ||
      rest.includes('responsible') ||
      (rest[0] === 'of' && rest.some((item) => /^(?:carrying|being|the|having|involvement)$/.test(item)));
    if (lower !== 'suspected' && !behind) return null;
    if (
      lower === 'suspected' &&
      rest[0] !== undefined &&
      !behind &&
      !STOP_PUNCTUATION.has(rest[0]) &&
      rest[0] !== 'to' &&
      rest[0] !== 'in'
    )
      return null;
    const subject = subjectBefore(words, skipBack(words, v - 1));
    if (!subject) return null;
    const actor = actorOfSubject(context, words, subject[0], subject[1]);
    if (
      !actor ||
      /^(?:the )?(?:attack|bombing|blast|explosion|attacker|suspect|man|woman)$/i.test(actor.name)
    )
      return null;
    return { kind: 'suspected', actor, event: null, span: wordsSpan(text, words, subject[0], v + 1) };
  }
  if (
    (lower === 'suspect' || lower === 'suspects') &&
    v > 0 &&
    /^(?:authorities|police|officials|investigators|government|security|they|forces|sources)$/i.test(previous)
  ) {
    const end = clauseEnd(words, v + 1, 10);
    const runStart = words[v + 1]?.lower === 'that' ? v + 2 : v + 1;
    const actor = actorIn(context, words, runStart, end);
    if (!actor) return null;
    return { kind: 'suspected', actor, event: null, span: wordsSpan(text, words, v - 1, end) };
  }
  // "allegedly carried out by X", "believed to have been carried out by X", "attributed to X"
  if (
    (lower === 'by' &&
      words[v - 1]?.lower === 'out' &&
      words[v - 2]?.lower === 'carried' &&
      /^(?:allegedly|reportedly|believed|suspected|thought|been)$/.test(words[v - 3]?.lower ?? '')) ||
    (lower === 'to' && attributedBefore(words, v))
  ) {
    const end = clauseEnd(words, v + 1, 10);
    const actor = actorIn(context, words, v + 1, end);
    if (!actor) return null;
    return { kind: 'suspected', actor, event: null, span: wordsSpan(text, words, Math.max(0, v - 3), end) };
  }
  // "the police believe the Continuity IRA was responsible"
  if (lower === 'responsible' && BEING_VERBS.has(previous) && !responsibleForOtherThanAttack(words, v)) {
    let k = v - 2;
    while (k >= 0 && k > v - 10 && !BELIEF_VERBS.has((words[k] as Word).lower)) k--;
    if (k < 0 || k <= v - 10) return null;
    const actor = actorIn(context, words, k + 1, v - 1);
    if (!actor) return null;
    return { kind: 'suspected', actor, event: null, span: wordsSpan(text, words, k, v + 1) };
  }
  // "X could be the perpetrators"
  if (
    (lower === 'perpetrators' || lower === 'perpetrator') &&
    previous === 'the' &&
    words[v - 2]?.lower === 'be'
  ) {
    const modal = words[v - 3]?.lower ?? '';
    if (!MODALS.has(modal)) return null;
    const subject = subjectBefore(words, v - 3);
    if (!subject) return null;
    const actor = actorIn(context, words, subject[0], subject[1]);
    if (!actor) return null;
    return { kind: 'suspected', actor, event: null, span: wordsSpan(text, words, subject[0], v + 1) };
  }
  return null;
}

/** "attributed to X", "attributed the attack to X"; not "attributed this (success) to X". */
function attributedBefore(words: readonly Word[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 5); k--) {
    const lower = (words[k] as Word).lower;
    if (lower === 'attributed' || lower === 'attributes') {
      if (k === v - 1) return true;
      for (let between = k + 1; between < v; between++) {
        if (ATTACK_NOUNS.test((words[between] as Word).text)) return true;
      }
      return false;
    }
    if (STOP_PUNCTUATION.has(lower)) return false;
  }
  return false;
}

/** "responsible for direct sales", "responsible for foreign investment": for something, not an attack. */
function responsibleForOtherThanAttack(words: readonly Word[], v: number): boolean {
  if (words[v + 1]?.lower !== 'for') return false;
  for (let k = v + 2; k < Math.min(words.length, v + 6); k++) {
    if (ATTACK_NOUNS.test((words[k] as Word).text)) return false;
  }
  return true;
}

/** The same statement read twice (the standfirst repeats the lead): keep the first. */
function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  const kept: Claim[] = [];
  for (const claim of claims) {
    // A person named as the attacker is kept apart from the same name read as suspected elsewhere.
    const key = `${claim.kind}|${claim.actor?.name.toLowerCase() ?? ''}|${claim.event?.toLowerCase() ?? ''}|${claim.individual ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(claim);
  }
  return kept;
}
