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

/**
 * "How many were killed / injured / missing?" → the toll, then the casualty counts core read. No count is
 * read from the text besides: a reading of numbers beside casualty words answered "58" for "Woodrow
 * Benford, 58, who lives …" and added nothing core's casualties miss on the eval questions.
 */
export const casualtiesAnswerer: Answerer = {
  kinds: ['casualties', 'victims'],
  answer(question, doc): DocResult {
    // "Who was shot?" names no kind: the dead, else the wounded.
    const killed = question.casualty ? null : readCount(doc, 'killed');
    const wounded =
      question.kind === 'victims' && !question.casualty && !killed ? readCount(doc, 'injured') : null;
    const kind = question.casualty ?? (wounded ? 'injured' : 'killed');
    const best = question.casualty ? readCount(doc, kind) : (wounded ?? killed);
    if (!best) return abstain(`no casualty count for ${kind} in this article`);
    // "Who was shot?" of a bombing: no one was shot.
    const manner = question.casualty ? null : mannerAsked(question.terms);
    if (manner && !manner.test(doc.article.text))
      return abstain('the article tells of no one shot or stabbed');
    if (question.kind === 'victims') {
      // "Among the dead were six depot employees, two firefighters and a lorry driver" names them best.
      const listed = victimList(doc, kind);
      if (listed) return spanAnswer(doc, listed, 0.75);
      if (!best.who) return abstain(`the article does not say who was ${kind}`);
      const written = countedAsWritten(doc.article.text, best.span, best.who);
      // "Only the attacker was killed": one, said by the words alone.
      const answer =
        written?.text ?? (best.count === 1 ? best.who.text : `${best.countText} ${best.who.text}`);
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

/** The words that tell of the harm a "who was shot / stabbed" question asks about, or null. */
function mannerAsked(terms: readonly string[]): RegExp | null {
  if (terms.some((term) => SHOOTING_STEMS.has(term))) return SHOOTING;
  if (terms.some((term) => STABBING_STEMS.has(term))) return STABBING;
  return null;
}
const SHOOTING_STEMS = new Set(['shot', 'shoot'].map(stem));
const STABBING_STEMS = new Set(['stabbed', 'stab'].map(stem));
const SHOOTING = /\b(?:shot|shoot(?:s|ing|ings|er|ers)?|gun(?:man|men|fire|shots?)|opened fire)\b/i;
const STABBING = /\b(?:stab(?:s|bed|bing|bings)?|knife(?:man)?|knives)\b/i;

function readCount(doc: Doc, kind: CasualtyKind): CountReading | null {
  return fromToll(doc, kind) ?? fromCasualties(doc, kind);
}

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
 * The count and who as the text writes them ("three men", "at least nine people", "three of its
 * members"): the number words and quantifiers just before `who` inside the casualty's span, or null
 * when none stand there.
 */
function countedAsWritten(text: string, span: Span, who: Span): Span | null {
  if (who.start <= span.start || who.start > span.end) return null;
  const before = text.slice(span.start, who.start);
  const words = [...before.matchAll(/[\p{L}\p{N},.'-]+/gu)];
  // A partitive "of" ("three of its members") stands between the count and who.
  const last = words.length - 1;
  const partitive = last > 0 && words[last]?.[0].toLowerCase() === 'of';
  let from = -1;
  for (let index = partitive ? last - 1 : last; index >= 0; index--) {
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

/** Words of a count as written: "at least 10", "more than 20", "an estimated 30". */
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
/** "How many missiles / rockets / people?" → event counts, then a number in front of the noun in the text. */
export const countAnswerer: Answerer = {
  kinds: ['count'],
  answer(question, doc): DocResult {
    const noun = question.subject ?? '';
    const wanted = expandTerms([stem(noun)]);
    const written = countBeforeNoun(doc, wanted);
    for (const event of doc.article.events) {
      if (event.count === null) continue;
      const described = `${event.weapon ?? ''} ${event.kind}`.toLowerCase();
      if (wanted.some((term) => described.includes(term.stem))) {
        // "Four rockets hit the depot" shows the count better than the sentence the event starts in.
        const shown = written?.count === event.count ? written.span : event.span;
        return {
          answer: String(event.count),
          value: String(event.count),
          confidence: 0.85,
          evidence: [evidenceFor(doc, shown)],
        };
      }
    }
    if (!written) return abstain(`no count of ${noun || 'that'} in this article`);
    return {
      answer: String(written.count),
      value: String(written.count),
      confidence: written.weight === 1 ? 0.7 : 0.5,
      evidence: [evidenceFor(doc, written.span)],
    };
  },
};

/** A number written just before one of the `wanted` nouns ("four rockets"), the best-weighted first. */
function countBeforeNoun(
  doc: Doc,
  wanted: ReturnType<typeof expandTerms>,
): { count: number; span: Span; weight: number } | null {
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
  return best;
}
