import type { CasualtyKind } from '@newsparse/core';
import { contentStems } from './text.js';
import type { Question, QuestionKind } from './types.js';

/**
 * Reads a question: which kind of answer it wants and the subject it is about. Phrasing varies
 * ("who's", lower case, no question mark), so the question is normalised first and read word by word.
 */
export function classifyQuestion(text: string): Question {
  const normalised = normaliseQuestion(text);
  const w = normalised.split(' ').filter((word) => word.length > 0);
  const read = readKind(w, normalised, namesSomething(text));
  const question: Question = { text, kind: read.kind, terms: contentStems(normalised) };
  if (read.casualty) question.casualty = read.casualty;
  if (read.subject) question.subject = read.subject;
  if (read.said) question.said = read.said;
  if (read.topic) question.topic = read.topic;
  return question;
}

/** "What is the Northern Dawn Brigade?": capitalised words after "the" name something. */
function namesSomething(text: string): boolean {
  const opening = /^\s*what(?:'s|’s|\s+is|\s+was)\s+the\s+/i.exec(text);
  if (!opening) return false;
  // Trailing marks and spaces cut by a loop: a regex anchored at the end ("[?.!\s]+$") is quadratic.
  let end = text.length;
  while (end > opening[0].length && '?.! \t\n\r'.includes(text.charAt(end - 1))) end--;
  const words = text.slice(opening[0].length, end).split(/\s+/);
  const capitalised = (word: string) => /^\p{Lu}/u.test(word);
  return (
    words.length <= 6 &&
    capitalised(words[0] ?? '') &&
    words.every((word) => capitalised(word) || NAME_CONNECTORS.has(word))
  );
}
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'al', 'el', 'de']);

export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\b(who|what|where|when|how|why)'s\b/g, '$1 is')
    .replace(/\b(who|what|where|when|how|why)'re\b/g, '$1 are')
    .replace(/[?!.,;:“”"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface KindReading {
  kind: QuestionKind;
  casualty?: CasualtyKind;
  subject?: string;
  said?: string;
  topic?: string;
}

const SPEECH_VERBS = new Set(
  'say says said warn warned warns tell told state stated add added announce announced argue argued claim claimed call called think thought believe believed write wrote tweet tweeted predict predicted promise promised threaten threatened vow vowed mean meant accuse accused describe described reply replied respond responded suggest suggested note noted explain explained insist insisted urge urged declare declared demand demanded'.split(
    ' ',
  ),
);
const AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would']);
const LEAD_VERBS = new Set([
  'leads',
  'led',
  'heads',
  'headed',
  'runs',
  'ran',
  'commands',
  'commanded',
  'founded',
]);
const LEAD_NOUNS = new Set(['leader', 'head', 'chief', 'commander', 'founder', 'chairman', 'boss']);
/** Nouns that make "who is the X" a question about who holds a role, not about a person named X. */
const ROLE_NOUNS =
  /\b(?:ambassador|minister|president|spokes(?:man|woman|person)|secretary|director|governor|mayor|chairman|chairwoman|ceo|envoy|general|prime|chancellor|king|queen|prince|premier|senator|representative|judge|prosecutor|commissioner|officer|chief|head|leader|commander)\b/;
/** "What weapon was used?", "which weapons did they use", "what was the attack carried out with?" */
function asksWeapon(first: string, has: (pattern: RegExp) => boolean): boolean {
  if (first !== 'what' && first !== 'which' && first !== 'how') return false;
  return (
    has(/\bweapons?\b/) ||
    has(/^what (?:was|were) (?:used|fired|thrown|detonated)\b/) ||
    has(/^(?:what|how) (?:was|were|did) .*\b(?:carried out|attacked|armed) with$/)
  );
}

/** "What happened?", "what is this story about", "summarise the article", "tl;dr". */
function asksSummary(has: (pattern: RegExp) => boolean): boolean {
  return (
    has(/^what (?:happened|has happened|is going on)$/) ||
    has(/^what is (?:this|the) (?:story|article|report|piece|news) about$/) ||
    has(/^(?:summari[sz]e|sum up)(?: (?:this|the) (?:story|article|report|piece))?$/) ||
    has(/^(?:give me )?(?:a )?summary(?: of (?:this|the) (?:story|article|report|piece))?$/) ||
    has(/^tl ?dr$/)
  );
}

/** True when `subject` names someone by a role ("the police chief", "a spokesman"), not by name. */
export function namesRole(subject: string): boolean {
  return ROLE_NOUNS.test(subject.toLowerCase());
}

const ATTACK_VERBS = new Set([
  'attacked',
  'targeted',
  'hit',
  'bombed',
  'struck',
  'shelled',
  'raided',
  'stormed',
]);

function readKind(w: string[], q: string, asksAboutName: boolean): KindReading {
  const first = w[0] ?? '';
  const has = (pattern: RegExp) => pattern.test(q);

  if (
    has(/\b(?:who (?:wrote|writes|authored)|author|byline|written by|reporter|journalist|who filed)\b/) ||
    has(/^who reported (?:this|the) (?:story|article|report|piece)\b/)
  ) {
    return { kind: 'author' };
  }
  if (
    has(/\b(?:filed|dateline|datelined)\b/) ||
    (first === 'where' && has(/\b(?:story|article|report|dispatch)\b/))
  ) {
    return { kind: 'filed' };
  }

  const asksWho = first === 'who' || first === 'which' || has(/^what (?:group|organi[sz]ation|militia)/);
  if (asksWho && has(/\bden(?:y|ied|ies|ying|ial)\b/)) return { kind: 'denial' };
  if (asksWho && asksPerpetrator(q)) return { kind: 'perpetrator' };
  if (
    asksWho &&
    (has(/\bclaim(?:ed|s|ing)?\b/) ||
      has(/\b(?:carried out|carry out|behind|responsib(?:le|ility)|perpetrat(?:ed|ors?|e)|blamed)\b/)) &&
    !has(/\bclaim(?:ed|s)? that\b/)
  ) {
    return { kind: 'claimant' };
  }

  const casualty = casualtyKindOf(q);
  if ((has(/\bhow many\b/) || has(/\b(?:death toll|toll|number of)\b/)) && casualty) {
    return { kind: 'casualties', casualty };
  }
  if (first === 'who' && casualty && has(/^who (?:was|were|got|has been|have been|died|is|are)\b/)) {
    return { kind: 'victims', casualty };
  }
  // "Who was shot?": the dead or the wounded, whichever the article names.
  if (has(/^who (?:was|were|got|has been|have been) (?:shot|stabbed|harmed)$/)) return { kind: 'victims' };
  const howMany = w.indexOf('many');
  if (howMany > 0 && w[howMany - 1] === 'how') {
    const noun = w[howMany + 1];
    return noun ? { kind: 'count', subject: noun } : { kind: 'count' };
  }
  if (has(/\bhow far\b/) || has(/\bdistance\b/)) {
    return { kind: 'distance', subject: w.slice(w.indexOf('is') + 1 || 2).join(' ') };
  }

  const speaker = readSpeaker(w);
  if (speaker) return speaker;
  const quote = readQuote(w);
  if (quote) return quote;
  const leader = readLeader(w);
  if (leader) return leader;

  if (asksWeapon(first, has)) return { kind: 'weapon' };
  if (asksSummary(has)) return { kind: 'summary' };
  if (
    first === 'what' &&
    (ATTACK_VERBS.has(w[2] ?? '') || ATTACK_VERBS.has(w[3] ?? '') || has(/\btarget\b/))
  ) {
    return { kind: 'target' };
  }
  // "Who was the target?", "who was attacked?": the target, not a person called "attacked".
  if (
    first === 'who' &&
    (w[1] === 'was' || w[1] === 'were') &&
    (ATTACK_VERBS.has(w[2] ?? '') || has(/^who (?:was|were) the targets?$/))
  )
    return { kind: 'target' };
  if (first === 'when' || has(/^(?:on |in )?(?:what|which) (?:day|date|time|year|month)\b/))
    return { kind: 'when' };
  if (
    first === 'where' ||
    has(/^(?:in |at )?(?:what|which) (?:city|town|village|country|province|place|area)\b/)
  ) {
    return { kind: 'where' };
  }
  if (first === 'why' || has(/^what (?:was|is|were) the (?:reason|motive)|^for what reason/))
    return { kind: 'why' };

  if (
    (first === 'who' || first === 'what') &&
    (w[1] === 'is' || w[1] === 'was' || w[1] === 'are' || w[1] === 'were')
  ) {
    const rest = w.slice(2).join(' ');
    if (rest.length > 0 && !has(/^what (?:is|was) (?:the|a|an) (?:reason|number|cause)\b/)) {
      if (first === 'who' && ROLE_NOUNS.test(rest) && /^(?:the|a|an) /.test(rest)) {
        return { kind: 'role', subject: rest.replace(/^(?:the|a|an) /, '') };
      }
      // "What is the Northern Dawn Brigade?" asks about a name; "what is the capital of X" does not.
      if (first === 'who' || !/^(?:the|a|an) /.test(rest) || rest.split(' ').length <= 3 || asksAboutName) {
        return { kind: 'identity', subject: rest.replace(/^(?:the|a|an) /, '') };
      }
    }
  }
  if (has(/^tell me about /)) return { kind: 'identity', subject: q.replace(/^tell me about /, '') };
  return { kind: 'other' };
}

/** Who the attacker is: "Who was the gunman?", "who is the suspect", "Who carried out the attack?". */
const ATTACKER_QUESTION =
  /^who (?:is|was|are|were) the (?:(?:suspected|alleged|lone|suicide) )?(?:attackers?|gunm[ae]n|assailants?|shooters?|bombers?|suspects?|perpetrators?|killers?|knifeman)\b(?!')/;

/**
 * "Who carried out the attack?" asks for the attacker: the person the article names, else the group that
 * claimed it. A question about a group ("which group carried out", "who claimed") is a claimant's.
 */
function asksPerpetrator(q: string): boolean {
  if (/^(?:which|what) (?:group|organi[sz]ation|militia|faction)/.test(q) || /\bclaim/.test(q)) return false;
  return (
    ATTACKER_QUESTION.test(q) ||
    /^who (?:attacked|carried out|carries out|perpetrated)\b/.test(q) ||
    // "Who fired the rockets?", "who planted the bomb": the attack's weapons name the attack.
    /^who (?:fired|launched|detonated|planted|set off|threw)\b.*\b(?:rockets?|missiles?|mortars?|shells?|bombs?|grenades?|drones?|attacks?|explosives?)\b/.test(
      q,
    ) ||
    /\b(?:carried out|carry out|perpetrat(?:ed|ors?|e))\b/.test(q)
  );
}

function casualtyKindOf(q: string): CasualtyKind | undefined {
  if (/\b(?:injur(?:e|ed|es|ing|y|ies)|wound(?:ed|s|ing)?|hurt)\b/.test(q)) return 'injured';
  if (/\b(?:kill(?:ed|s|ing|ings)?|dead|die|died|deaths?|lives|fatalities|toll|casualties)\b/.test(q))
    return 'killed';
  if (/\bmissing\b/.test(q)) return 'missing';
  if (/\b(?:kidnap(?:ped|ping|s)?|abduct(?:ed|ion|s)?|hostages?)\b/.test(q)) return 'kidnapped';
  if (/\b(?:arrest(?:ed|s)?|detain(?:ed|ees?)?)\b/.test(q)) return 'arrested';
  return undefined;
}

/** "who said the worst will come", "who warned that ...", "who called for calm". */
function readSpeaker(w: string[]): KindReading | null {
  if (w[0] !== 'who' && w[0] !== 'which') return null;
  const verbAt = w[0] === 'which' ? 2 : 1;
  const verb = w[verbAt] ?? '';
  if (!SPEECH_VERBS.has(verb) || verb === 'claimed' || verb === 'claim') return null;
  let rest = w.slice(verbAt + 1);
  // "who called a strike" asks who did something; "who called for calm" who said something.
  const calls = verb === 'called' || verb === 'call';
  if (calls && rest[0] !== 'for' && rest[0] !== 'on') return null;
  if (rest[0] === 'that' || calls) rest = rest.slice(1);
  return { kind: 'speaker', said: rest.join(' ') };
}

/** "what did X say", "what has X warned about", "what does X think". */
function readQuote(w: string[]): KindReading | null {
  if (w[0] !== 'what' || !AUXILIARIES.has(w[1] ?? '')) return null;
  for (let i = w.length - 1; i > 2; i--) {
    if (!SPEECH_VERBS.has(w[i] as string)) continue;
    const subject = w.slice(2, i).join(' ');
    // "What did Zebari say about Iran?": the quotes on Iran.
    const topic = w[i + 1] === 'about' || w[i + 1] === 'on' ? w.slice(i + 2).join(' ') : '';
    return topic ? { kind: 'quote', subject, topic } : { kind: 'quote', subject };
  }
  return null;
}

/** "who leads X", "who is the leader of X", "who heads X". */
function readLeader(w: string[]): KindReading | null {
  if (w[0] !== 'who') return null;
  if (LEAD_VERBS.has(w[1] ?? '')) return { kind: 'leader', subject: stripArticle(w.slice(2)) };
  if ((w[1] === 'is' || w[1] === 'was') && w[2] === 'the' && LEAD_NOUNS.has(w[3] ?? '') && w[4] === 'of') {
    return { kind: 'leader', subject: stripArticle(w.slice(5)) };
  }
  return null;
}

function stripArticle(rest: string[]): string {
  return (rest[0] === 'the' ? rest.slice(1) : rest).join(' ');
}
