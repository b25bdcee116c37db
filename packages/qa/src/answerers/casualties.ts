import {
  type CasualtyCount,
  type CasualtyKind,
  describeCount,
  type Span,
  tollStatement,
} from '@newsparse/core';
import { type Doc, evidenceFor, spanAt, trimmed } from '../document.js';
import { expandTerms } from '../retrieval.js';
import { numberValue, stem, type Word } from '../text.js';
import { type Answerer, abstain, type DocResult, spanAnswer } from './answerer.js';

/** "How many were killed / injured / missing?" → toll, then casualties, then the counts in the text. */
export const casualtiesAnswerer: Answerer = {
  kinds: ['casualties', 'victims'],
  answer(question, doc): DocResult {
    const kind = question.casualty ?? 'killed';
    const best = fromToll(doc, kind) ?? fromCasualties(doc, kind) ?? fromText(doc, kind);
    if (!best) return abstain(`no casualty count for ${kind} in this article`);
    if (question.kind === 'victims') {
      // "Among the dead were six depot employees, two firefighters and a lorry driver" names them best.
      const listed = victimList(doc, kind);
      if (listed) return spanAnswer(doc, listed, 0.75);
      if (!best.who) return abstain(`the article does not say who was ${kind}`);
      const written = countedAsWritten(doc.article.text, best.span, best.who);
      const answer = written?.text ?? `${best.countText} ${best.who.text}`;
      return {
        answer,
        value: answer.toLowerCase(),
        confidence: best.confidence,
        evidence: [evidenceFor(doc, written ?? best.who)],
      };
    }
    return {
      answer: best.countText,
      value: String(best.count),
      confidence: best.confidence,
      evidence: [evidenceFor(doc, best.span)],
    };
  },
};

/** "Among the dead were …", "The injured included …": the list that follows names the casualties. */
const VICTIM_LIST =
  /\b(?:among the (dead|killed|victims|wounded|injured) (?:were|was|are|is)|the (dead|victims|wounded|injured) (?:included|includes|include))\s+/gi;

/** The list after `VICTIM_LIST` for `kind`, up to the end of its sentence or of the quote holding it. */
function victimList(doc: Doc, kind: CasualtyKind): Span | null {
  const text = doc.article.text;
  for (const sentence of doc.sentences) {
    VICTIM_LIST.lastIndex = 0;
    for (let match = VICTIM_LIST.exec(sentence.text); match; match = VICTIM_LIST.exec(sentence.text)) {
      const noun = (match[1] ?? match[2] ?? '').toLowerCase();
      const listKind: CasualtyKind = noun === 'wounded' || noun === 'injured' ? 'injured' : 'killed';
      if (listKind !== kind) continue;
      const start = sentence.start + match.index + match[0].length;
      // "…, spokesman Tomas Ruel told reporters": the list ends where the quote the parser read ends.
      const quote = doc.article.quotes.find(
        (candidate) => candidate.text.start <= start && candidate.text.end > start,
      );
      const end = Math.min(quote?.text.end ?? sentence.end, sentence.end);
      const list = trimmed(text, start, end, '.,;:!?"”’)');
      if (list.text.length > 0) return list;
    }
  }
  return null;
}

/**
 * The count and who as the text writes them ("three men", "at least nine people"): the number words
 * and quantifiers just before `who` inside the casualty's span, or null when none stand there.
 */
function countedAsWritten(text: string, span: Span, who: Span): Span | null {
  if (who.start <= span.start || who.start > span.end) return null;
  const before = text.slice(span.start, who.start);
  const words = [...before.matchAll(/[\p{L}\p{N},.'-]+/gu)];
  let from = -1;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] as RegExpMatchArray;
    const counts = numberValue(word[0], true) !== null || QUANTIFIERS.has(word[0].toLowerCase());
    if (!counts) break;
    from = span.start + (word.index ?? 0);
  }
  return from >= 0 ? spanAt(text, from, who.end) : null;
}

interface CountReading {
  count: number;
  countText: string;
  span: Span;
  who: Span | null;
  confidence: number;
}

function fromToll(doc: Doc, kind: CasualtyKind): CountReading | null {
  const { toll } = doc.article;
  if (kind !== 'killed' && kind !== 'injured') return null;
  const count = toll[kind];
  if (count === null) return null;
  const stated = tollStatement(doc.article, kind);
  const span = stated?.span ?? toll.evidence[0];
  if (!span) return null;
  return {
    count,
    countText: countText(stated, count),
    span,
    who: whoSpan(doc, stated),
    confidence: 0.9,
  };
}

function fromCasualties(doc: Doc, kind: CasualtyKind): CountReading | null {
  let best: CasualtyCount | null = null;
  for (const casualty of doc.article.casualties) {
    if (casualty.kind === kind && (!best || casualty.count > best.count)) best = casualty;
  }
  if (!best) return null;
  return {
    count: best.count,
    countText: countText(best, best.count),
    span: best.span,
    who: whoSpan(doc, best),
    confidence: 0.8,
  };
}

function countText(casualty: CasualtyCount | null, count: number): string {
  return casualty ? describeCount(casualty) : String(count);
}

function whoSpan(doc: Doc, casualty: CasualtyCount | null): Span | null {
  if (!casualty?.who) return null;
  const at = casualty.span.text.indexOf(casualty.who);
  if (at < 0) return null;
  return spanAt(doc.article.text, casualty.span.start + at, casualty.span.start + at + casualty.who.length);
}

const CUES: Array<[CasualtyKind, RegExp]> = [
  ['killed', /^(?:killed|killing|kills|kill|dead|died|die|dies|deaths?|lives|fatalities|fatally|perished)$/i],
  ['injured', /^(?:injured|injuring|injures|injuries|wounded|wounding|hurt)$/i],
  ['missing', /^missing$/i],
  ['kidnapped', /^(?:kidnapped|abducted|kidnapping|hostage|hostages)$/i],
  ['arrested', /^(?:arrested|detained|arresting|detaining)$/i],
];
/** Verbs that take the count after them: "killed 10 people", "injuring four". */
const COUNT_AFTER_VERB =
  /^(?:killed|killing|kills|injured|injuring|wounded|wounding|kidnapped|abducted|arrested|detained)$/i;
/** Words between such a verb and its count ("killed at least 10"). */
const QUANTIFIERS = new Set([
  'at',
  'least',
  'more',
  'than',
  'about',
  'some',
  'around',
  'nearly',
  'almost',
  'over',
  'up',
  'to',
  'an',
  'estimated',
  'another',
  'roughly',
  'approximately',
]);
/** A number followed by one of these counts something else ("20 years", "5 km"). */
const NOT_PEOPLE =
  /^(?:percent|per|years?|months?|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|am|pm|a\.m|p\.m|o'clock|times|dollars?|million|billion|rounds|shots|tonnes?|kg)$/i;
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** A number after one of these is a date, an age or a label ("March 3", "aged 30", "No 10"). */
const NOT_A_COUNT_AFTER = /^(?:aged?|no|number)$/i;

function cueKind(word: string): CasualtyKind | null {
  for (const [kind, pattern] of CUES) if (pattern.test(word)) return kind;
  return null;
}

/** Numbers tied to a casualty word in the sentences, for articles the casualty parser found nothing in. */
function fromText(doc: Doc, kind: CasualtyKind): CountReading | null {
  const text = doc.article.text;
  let best: CountReading | null = null;
  for (const sentence of doc.sentenceWords()) {
    for (let i = 0; i < sentence.length; i++) {
      const word = sentence[i] as Word;
      const count = numberValue(word.text);
      if (count === null || (count >= 1900 && count <= 2100 && word.text.length === 4)) continue;
      const next = sentence[i + 1];
      // "on 27 July" and "July 27" are dates, not counts.
      if (next && (NOT_PEOPLE.test(next.text) || MONTH.test(next.text))) continue;
      const previous = sentence[i - 1];
      if (previous && (MONTH.test(previous.text) || NOT_A_COUNT_AFTER.test(previous.text))) continue;
      const reading = readCountAt(text, sentence, i);
      if (!reading || reading.kind !== kind) continue;
      if (!best || count > best.count) {
        best = { count, countText: String(count), span: reading.span, who: reading.who, confidence: 0.6 };
      }
    }
  }
  return best;
}

function readCountAt(
  text: string,
  sentence: Word[],
  at: number,
): { kind: CasualtyKind; span: Span; who: Span | null } | null {
  const number = sentence[at] as Word;
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    const word = sentence[j] as Word;
    if (QUANTIFIERS.has(word.text.toLowerCase())) continue;
    if (COUNT_AFTER_VERB.test(word.text)) {
      const kind = cueKind(word.text);
      if (kind) return { kind, span: spanAt(text, word.start, number.end), who: null };
    }
    if (word.text.toLowerCase() === 'toll')
      return { kind: 'killed', span: spanAt(text, word.start, number.end), who: null };
    break;
  }
  let whoEnd = -1;
  for (let j = at + 1; j < Math.min(sentence.length, at + 11); j++) {
    const word = sentence[j] as Word;
    const gap = text.slice((sentence[j - 1] as Word).end, word.start);
    if (/[.;:!?]/.test(gap)) return null;
    if (whoEnd < 0 && gap.includes(',')) whoEnd = (sentence[j - 1] as Word).end;
    if (numberValue(word.text) !== null) return null;
    const kind = cueKind(word.text);
    if (kind) {
      const who = victimsPhrase(text, sentence, at, j, whoEnd);
      return { kind, span: spanAt(text, number.start, word.end), who };
    }
  }
  return null;
}

/** The words naming who was counted: "six Iraqi civilians, including a child, had been killed" → "Iraqi civilians". */
function victimsPhrase(
  text: string,
  sentence: Word[],
  at: number,
  cueAt: number,
  commaEnd: number,
): Span | null {
  const start = (sentence[at + 1] as Word | undefined)?.start;
  if (start === undefined) return null;
  let end = commaEnd;
  if (end < 0) {
    for (let j = at + 1; j < cueAt; j++) {
      const word = sentence[j] as Word;
      if (/^(?:were|was|have|had|has|been|are|is|and|who)$/i.test(word.text)) break;
      end = word.end;
    }
  }
  return end > start ? spanAt(text, start, end) : null;
}

/** "How many missiles / rockets / people?" → event counts, then a number in front of the noun in the text. */
export const countAnswerer: Answerer = {
  kinds: ['count'],
  answer(question, doc): DocResult {
    const noun = question.subject ?? '';
    const wanted = expandTerms([stem(noun)]);
    for (const event of doc.article.events) {
      if (event.count === null) continue;
      const described = `${event.weapon ?? ''} ${event.kind}`.toLowerCase();
      if (wanted.some((term) => described.includes(term.stem))) {
        return {
          answer: String(event.count),
          value: String(event.count),
          confidence: 0.85,
          evidence: [evidenceFor(doc, event.span)],
        };
      }
    }
    const text = doc.article.text;
    let best: { count: number; span: Span; weight: number } | null = null;
    for (const sentence of doc.sentenceWords()) {
      for (let i = 0; i < sentence.length; i++) {
        const count = numberValue((sentence[i] as Word).text);
        if (count === null) continue;
        for (let j = i + 1; j < Math.min(sentence.length, i + 4); j++) {
          const word = sentence[j] as Word;
          const term = wanted.find((candidate) => candidate.stem === word.stem);
          if (term) {
            if (!best || term.weight > best.weight)
              best = {
                count,
                span: spanAt(text, (sentence[i] as Word).start, word.end),
                weight: term.weight,
              };
            break;
          }
          if (text.slice((sentence[j - 1] as Word).end, word.start).trim().length > 0) break;
        }
      }
    }
    if (!best) return abstain(`no count of ${noun || 'that'} in this article`);
    return {
      answer: String(best.count),
      value: String(best.count),
      confidence: best.weight === 1 ? 0.7 : 0.5,
      evidence: [evidenceFor(doc, best.span)],
    };
  },
};
