import type { AttackEvent, DateMention, Span } from '@newsparse/core';
import { type Doc, entityAt, evidenceFor, sentenceIndexAt, spanAt } from '../document.js';
import { clauseFrom, isCapitalised, nameRuns } from '../extract.js';
import { rankSentences } from '../retrieval.js';
import { nameWords, nameWordsMatch, numberValue, stem, type Word } from '../text.js';
import type { Question } from '../types.js';
import { type Answerer, abstain, type DocResult, spanAnswer, valueKey } from './answerer.js';

/** Words of the question's frame ("did it happen", "take place"), not of what it asks about. */
const FRAME = new Set(['happen', 'take', 'place', 'occur', 'it'].map(stem));
/** Question words that point at "the attack" in general, not at one detail of it. */
const GENERIC = new Set([...FRAME, ...['attack', 'incident', 'bombing', 'explosion'].map(stem)]);
/** "When did the raid happen?" asks about the raid: a sentence needs "raid", not "happen". */
const askedTerms = (question: Question) => question.terms.filter((term) => !FRAME.has(term));
/** Used when a when/where question names nothing but "it": the sentences about the attack itself. */
const EVENT_TERMS = [
  'attack',
  'killed',
  'bombing',
  'explosion',
  'blast',
  'shooting',
  'rocket',
  'strike',
  'stabbed',
  'shot',
  'bomb',
  'raid',
  'ambush',
  'injured',
  'wounded',
  'hostages',
].map(stem);
/** Sentences read after retrieval, best first. */
const TOP = 6;

/**
 * The best sentences for the question's words. A question that names something specific ("when did
 * Trump order the bombing") only accepts sentences holding most of its words, so a date of some other
 * event is never offered as the answer.
 */
function topSentences(doc: Doc, terms: string[], specific = false): number[] {
  const ranked = rankSentences(doc, terms.length > 0 ? terms : EVENT_TERMS);
  return ranked
    .filter((entry) => !specific || entry.coverage >= SPECIFIC_COVERAGE)
    .slice(0, TOP)
    .map((entry) => entry.index);
}
const SPECIFIC_COVERAGE = 0.5;

/** Events that carry `field`, in text order. */
function eventsWith<K extends keyof AttackEvent>(doc: Doc, field: K): AttackEvent[] {
  return doc.article.events.filter((event) => event[field] !== null);
}

/** `value` in the event's span, else its nearest occurrence in the article (a parser may merge sentences into one event). */
function locateIn(doc: Doc, within: Span, value: string): Span | null {
  const text = doc.article.text;
  const inside = within.text.indexOf(value);
  if (inside >= 0) return spanAt(text, within.start + inside, within.start + inside + value.length);
  const after = text.indexOf(value, within.start);
  const before = text.lastIndexOf(value, within.start);
  const at =
    after < 0 ? before : before < 0 ? after : within.start - before <= after - within.start ? before : after;
  return at >= 0 ? spanAt(text, at, at + value.length) : null;
}

/** An answer from an event's field, with the field's words located in the text. */
function fromEvent(
  doc: Doc,
  event: AttackEvent | undefined,
  value: string | null | undefined,
  confidence: number,
): DocResult | null {
  if (!event || !value) return null;
  const span = locateIn(doc, event.span, value);
  if (!span) return null;
  return { answer: span.text, value: valueKey(span.text), confidence, evidence: [evidenceFor(doc, span)] };
}

/** "When was the attack?" → the event's resolved date, or a date in the sentence retrieval finds. */
export const whenAnswerer: Answerer = {
  kinds: ['when'],
  answer(question, doc): DocResult {
    const specific = question.terms.filter((term) => !GENERIC.has(term));
    if (specific.length === 0) {
      for (const event of eventsWith(doc, 'date')) {
        // The event's date as written: inside the event, else its first mention that is not the dateline's filing date.
        const mention =
          doc.article.dates.find(
            (date) => date.text.start >= event.span.start && date.text.end <= event.span.end,
          ) ?? doc.article.dates.find((date) => date.date === event.date && !inDateline(doc, date));
        if (mention) return dateAnswer(doc, mention, 0.85);
      }
    }
    // With nothing specific asked, the attack is the one the story leads with: the earliest matching sentence.
    const asked = askedTerms(question);
    const top =
      specific.length > 0 ? topSentences(doc, asked, true) : topSentences(doc, [...asked, ...EVENT_TERMS]);
    if (specific.length === 0) top.sort((a, b) => a - b);
    for (const index of top) {
      const sentence = doc.sentences[index] as Span;
      const inSentence = doc.article.dates.filter(
        (date) => date.text.start >= sentence.start && date.text.end <= sentence.end,
      );
      const mention = inSentence.find((date) => !inDateline(doc, date)) ?? inSentence[0];
      if (mention) return dateAnswer(doc, mention, 0.65);
      const written = dateWords(doc, index);
      if (written) return spanAnswer(doc, written, 0.5);
    }
    return abstain('no date for that in this article');
  },
};

function inDateline(doc: Doc, date: DateMention): boolean {
  const dateline = doc.article.dateline?.span;
  return dateline !== undefined && date.text.start < dateline.end && dateline.start < date.text.end;
}

function dateAnswer(doc: Doc, mention: DateMention, confidence: number): DocResult {
  const written = mention.text.text;
  // Without a publication date, "Tuesday" or "9:30 am" was resolved against the day of the parse: that
  // date is not in the text, so only the words are given.
  if (!doc.article.published && !HAS_YEAR.test(written)) {
    return {
      answer: written,
      value: valueKey(written),
      confidence: confidence * 0.7,
      evidence: [evidenceFor(doc, mention.text)],
    };
  }
  const answer = written.includes(mention.date) ? written : `${written} (${mention.date})`;
  return { answer, value: mention.date, confidence, evidence: [evidenceFor(doc, mention.text)] };
}
const HAS_YEAR = /\b\d{4}\b/;

const DATE_WORD =
  /\b(?:(?:last|on|this|next)\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2}(?:,\s\d{4})?|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?|(?:19|20)\d{2})\b/;

/** A date as written, for articles the dates parser has not read: "on Tuesday", "Feb 26", "2019". */
function dateWords(doc: Doc, index: number): Span | null {
  const sentence = doc.sentences[index] as Span;
  const match = DATE_WORD.exec(sentence.text);
  if (!match) return null;
  const written = match[0].replace(/^(?:on|this)\s+/i, '');
  const start = sentence.start + match.index + (match[0].length - written.length);
  return spanAt(doc.article.text, start, start + written.length);
}

/** "Where did it happen / did the rockets land?" → places in the sentence that answers, then event places, then the dateline. */
export const whereAnswerer: Answerer = {
  kinds: ['where'],
  answer(question, doc): DocResult {
    const specific = question.terms.filter((term) => !GENERIC.has(term));
    if (specific.length === 0) {
      const event = eventsWith(doc, 'place')[0];
      const found = fromEvent(doc, event, event?.place, 0.8);
      if (found) return found;
    }
    // "Where did the attack happen?" names nothing specific: the sentences about the attack answer it.
    const asked = askedTerms(question);
    const terms = specific.length > 0 ? asked : [...asked, ...EVENT_TERMS];
    // Each top sentence's name runs, read once for both passes.
    const top = topSentences(doc, terms, specific.length > 0).map((index) => ({
      index,
      runs: nameRuns(doc.article.text, doc.sentenceWords()[index] ?? []),
    }));
    for (const { index, runs } of top) {
      const place = placeAfterPreposition(doc, index, runs);
      if (place) return spanAnswer(doc, place, 0.6);
    }
    for (const { runs } of top) {
      const place = placeEntityIn(doc, runs);
      // The place's name as the entity holds it: "Port Alder" for the dateline's "PORT ALDER".
      if (place)
        return { ...spanAnswer(doc, place.span, 0.5), answer: place.name, value: valueKey(place.name) };
    }
    const event = eventsWith(doc, 'place')[0];
    const found = fromEvent(doc, event, event?.place, 0.55);
    if (found) return found;
    return abstain('no place for that in this article');
  },
};

const PLACE_PREPOSITION = /(?:^|\s)(?:in|at|near|into|outside|inside|on|across|from|around)\s+(?:the\s+)?$/;

/**
 * A capitalised name after "in / at / near" that is no person or organisation, with the place it is
 * "of" ("the Old City of Damascus").
 */
function placeAfterPreposition(doc: Doc, index: number, runs: readonly Span[]): Span | null {
  const sentence = doc.sentences[index] as Span;
  const text = doc.article.text;
  for (const [at, run] of runs.entries()) {
    const before = text.slice(Math.max(sentence.start, run.start - 12), run.start);
    // Only what the entities parser read as a place: "in the Somali capital" names a nationality.
    if (!PLACE_PREPOSITION.test(before) || entityAt(doc, run)?.kind !== 'place') continue;
    if (POSSESSIVE_END.test(run.text)) continue;
    const next = runs[at + 1];
    return next && text.slice(run.end, next.start) === ' of ' ? spanAt(text, run.start, next.end) : run;
  }
  return null;
}

const POSSESSIVE_END = /['’]s$/;

/** A place the entities parser found in the sentence, wherever it stands ("in northeast Aden"). */
function placeEntityIn(doc: Doc, runs: readonly Span[]): { span: Span; name: string } | null {
  for (const run of runs) {
    const place = entityAt(doc, run, ['place']);
    if (place) return { span: run, name: place.name };
  }
  return null;
}

/** "attack on X" names the target surely; "hit X" / "targeted X" less so (rockets hit where they land). */
const ATTACKED = [
  /\b(?:attacks?|attacked|attacking|strikes?|bombings?|assaults?|raids?)\s(?:on|against)\s(?:the\s)?|\b(?:fired|launched|shot)\b/g,
  /\b(?:attack|attacked|targeted|targeting|target|bombed|stormed)\s(?:(?:the|a|an)\s)?/g,
  /\b(?:struck|hit)\s(?:(?:the|a|an)\s)?/g,
];
/** "fired five rockets at the airport": the target follows the first "at" within a few words. */
const FIRED_AT_REACH = 30;

/** Where the target starts after a match: after the match, or after "at (the)" for "fired ... at". */
function targetStart(sentence: Span, match: RegExpExecArray): number | null {
  const end = match.index + match[0].length;
  if (!/^(?:fired|launched|shot)$/.test(match[0])) return sentence.start + end;
  const at = sentence.text.indexOf(' at ', end - 1);
  if (at < 0 || at - end > FIRED_AT_REACH) return null;
  const after = at + 4;
  return sentence.start + (sentence.text.startsWith('the ', after) ? after + 4 : after);
}

/** "What was attacked?" → the event's target, or the words after "attack on" / "targeted". */
export const targetAnswerer: Answerer = {
  kinds: ['target'],
  answer(question, doc): DocResult {
    const event = eventsWith(doc, 'target')[0];
    const found = fromEvent(doc, event, event?.target, 0.85);
    if (found) return found;
    const text = doc.article.text;
    const top = topSentences(doc, [...question.terms, ...EVENT_TERMS]);
    for (const [rank, pattern] of ATTACKED.entries()) {
      for (const index of top) {
        const sentence = doc.sentences[index] as Span;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
          const from = targetStart(sentence, match);
          if (from === null) continue;
          const target = targetPhrase(text, doc.sentenceWords()[index] ?? [], from);
          if (!target) continue;
          const confidence = rank === 0 ? 0.6 : 0.5;
          return spanAnswer(doc, target, confidence);
        }
      }
    }
    return abstain('the article does not say what was attacked');
  },
};

/** "What weapon was used?" → the weapon of the first attack the events parser read one for. */
export const weaponAnswerer: Answerer = {
  kinds: ['weapon'],
  answer(_question, doc): DocResult {
    const event = eventsWith(doc, 'weapon')[0];
    return (
      fromEvent(doc, event, event?.weapon, 0.8) ?? abstain('the article does not say what weapon was used')
    );
  },
};

const PHRASE_STOP =
  /^(?:in|on|at|near|by|with|for|from|and|or|but|that|which|who|was|were|is|are|had|has|to|of|after|before|during|while|as)$/i;

/** A name ("US Embassy") or a short noun phrase ("a police checkpoint") starting at `from`. */
function targetPhrase(text: string, sentence: Word[], from: number): Span | null {
  const first = sentence.findIndex((word) => word.start >= from);
  if (first < 0) return null;
  let last = -1;
  for (let i = first; i < Math.min(sentence.length, first + 6); i++) {
    const word = sentence[i] as Word;
    if (i > first && text.slice((sentence[i - 1] as Word).end, word.start).trim().length > 0) break;
    if (PHRASE_STOP.test(word.text)) break;
    last = i;
    if (!isCapitalised(word.text) && i > first && isCapitalised((sentence[first] as Word).text)) {
      last = i - 1;
      break;
    }
  }
  if (last < first) return null;
  return spanAt(text, (sentence[first] as Word).start, (sentence[last] as Word).end);
}

const UNIT = /^(?:kilometres?|kilometers?|km|kms|miles?|mi|metres?|meters?)$/i;

/** "How far is A from B?" → a place's recorded position, or "about 50 kilometres west of B" in a sentence naming both. */
export const distanceAnswerer: Answerer = {
  kinds: ['distance'],
  answer(question, doc): DocResult {
    const places = nameWords((question.subject ?? '').replace(/\bfrom\b/g, ' '));
    for (const entity of doc.article.entities) {
      if (!entity.position) continue;
      const named = [entity.name, ...entity.aliases].some((form) =>
        places.some((place) => nameWordsMatch(form, place)),
      );
      if (!named) continue;
      const at = doc.article.text.indexOf(entity.position);
      if (at >= 0) {
        const span = spanAt(doc.article.text, at, at + entity.position.length);
        return {
          answer: entity.position,
          value: valueKey(entity.position),
          confidence: 0.85,
          evidence: [evidenceFor(doc, span)],
        };
      }
    }
    const text = doc.article.text;
    const ranked = rankSentences(doc, places.map(stem));
    for (const { index } of ranked.slice(0, TOP)) {
      const sentence = doc.sentenceWords()[index] ?? [];
      for (let i = 0; i + 1 < sentence.length; i++) {
        const word = sentence[i] as Word;
        if (numberValue(word.text) === null || !UNIT.test((sentence[i + 1] as Word).text)) continue;
        const qualifier = sentence[i - 1];
        const start =
          qualifier &&
          /^(?:about|some|around|nearly|roughly|approximately|almost|over)$/i.test(qualifier.text)
            ? qualifier.start
            : word.start;
        const bound = doc.sentences[index] as Span;
        const clause = clauseFrom(text, start, bound.end, 80);
        const comma = clause.text.indexOf(',');
        const phrase = comma > 0 ? spanAt(text, clause.start, clause.start + comma) : clause;
        return spanAnswer(doc, phrase, 0.6);
      }
    }
    return abstain('the article gives no distance for that');
  },
};

/**
 * "blamed on X" is not among them: of an attack it names who, not why; nor "was due to visit", a plan.
 * "caused by" says why an explosion or a fire happened, not why anyone attacked (`MECHANISM`).
 */
const STRONG_CAUSE =
  /\b(?:in response to|in retaliation (?:for|against)|to retaliate (?:for|against)|in revenge for|to avenge|because(?: of)?|(?<!\b(?:is|was|were|are|be) )due to|as a result of|in protest (?:at|against|over)|to protest|for fear of|in order to|aimed at|caused by|motivated by|motive (?:was|is))\b/i;
/** "over" a dispute, not "over 100 more" nor "over the past week". */
const WEAK_CAUSE =
  /\b(?:after|following)\b|\bover\b(?!\s+(?:\d|the (?:past|last|next|weekend)\b|(?:a|two|three|several|many) (?:years?|months?|weeks?|days?|hours?)\b))/i;
/** "…, saying …" after a claim: what the claimant said of its attack, the words after "saying". */
const CLAIM_SAYING = /,\s+saying\s+(?:that\s+)?/i;

/** The question is about the attack ("why was the embassy attacked", "why did they fire rockets"). */
function asksAboutAttack(question: Question): boolean {
  return (
    question.terms.some((term) => GENERIC.has(term) && !FRAME.has(term)) ||
    question.terms.some((term) => EVENT_TERMS.includes(term))
  );
}

const MOTIVE = /\bmotiv(?:e|es|ated)\b/i;
/** The one strong cause that tells how, not why, an attack happened. */
const MECHANISM = 'caused by';

/** Indexes of the sentences that match `pattern`, in text order. */
function sentencesMatching(doc: Doc, pattern: RegExp): number[] {
  const indexes: number[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (pattern.test(sentence.text)) indexes.push(index);
  });
  return indexes;
}

/** Indexes of the sentences that claim the attack, in text order. */
function claimSentences(doc: Doc): number[] {
  const indexes: number[] = [];
  for (const claim of doc.article.claims) {
    if (claim.kind !== 'claimed') continue;
    const index = sentenceIndexAt(doc, claim.span.start);
    if (index >= 0 && !indexes.includes(index)) indexes.push(index);
  }
  return indexes;
}

/** "Why did X attack?" → the causal clause ("in response to ...") of the sentence that is about X's attack. */
export const whyAnswerer: Answerer = {
  kinds: ['why'],
  answer(question, doc): DocResult {
    const asked = askedTerms(question);
    const specific = asked.filter((term) => !GENERIC.has(term));
    const top =
      specific.length > 0 ? topSentences(doc, asked, true) : topSentences(doc, [...asked, ...EVENT_TERMS]);
    // A claim of the attack often gives its reason: "…, which it said came in response to …", or
    // "claimed responsibility …, saying the depot supplied the occupiers' patrol boats".
    const aboutAttack = asksAboutAttack(question);
    const claimed = aboutAttack ? claimSentences(doc) : [];
    // "he told police his motive was …": the motive is stated apart from the attack's own sentences.
    const motives = aboutAttack ? sentencesMatching(doc, MOTIVE) : [];
    const readings: Array<[RegExp, number[], number]> = [
      [STRONG_CAUSE, [...claimed, ...top, ...motives], 0.6],
      [CLAIM_SAYING, claimed, 0.5],
      // Of an attack, "after …", "following …", "over …" tell when or where far more often than why:
      // "after a standoff", "ran over pedestrians", "after gunmen opened fire on a bus".
      [WEAK_CAUSE, aboutAttack ? [] : top, 0.4],
    ];
    for (const [cause, indexes, confidence] of readings) {
      for (const index of indexes) {
        const sentence = doc.sentences[index] as Span;
        const match = cause.exec(sentence.text);
        if (!match) continue;
        if (aboutAttack && match[0].toLowerCase() === MECHANISM) continue;
        const from = sentence.start + match.index + (cause === CLAIM_SAYING ? match[0].length : 0);
        const clause = clauseFrom(doc.article.text, from, sentence.end);
        if (clause.text.split(' ').length < 3) continue;
        return spanAnswer(doc, clause, confidence);
      }
    }
    return abstain('the article gives no reason for that');
  },
};
