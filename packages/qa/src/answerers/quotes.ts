import type { Quote, Span } from '@newsparse/core';
import { type Doc, evidenceFor, spanAt } from '../document.js';
import { clauseFrom, nameRunAfter, nameRunBefore, nameRuns } from '../extract.js';
import { namesRole } from '../question.js';
import { rankSentences } from '../retrieval.js';
import { contentStems, nameMatchScore, nameWords, nameWordsMatch, type Word } from '../text.js';
import { type Answerer, abstain, type DocResult, spanAnswer, valueKey } from './answerer.js';
import { peopleWithRole } from './entities.js';

/** Quotes listed in one answer: enough to show what someone said, short enough to read in a chat. */
const MAX_QUOTES = 8;
const SPEAKER_MATCH = 0.75;
/** Words of a quote compared with the question: past this a "quote" is a parsing accident, and reading it all costs time. */
const MAX_QUOTE_LENGTH = 2000;

/** "What did X say / warn?" → the quotes whose resolved speaker is X (typos allowed: "Zebary"). */
export const quoteAnswerer: Answerer = {
  kinds: ['quote'],
  answer(question, doc): DocResult {
    const subject = question.subject ?? '';
    // "What did the police chief say?": the person the article gives that role, when it quotes them.
    if (namesRole(subject)) {
      for (const person of peopleWithRole(doc, subject)) {
        const quotes = doc.article.quotes.filter((quote) => quote.speaker?.entityId === person.id);
        if (quotes.length > 0)
          return quotesAnswer(doc, onTopic(quotes, question.topic), 0.8, `${person.name}: `);
      }
    }
    if (nameWords(subject).length === 0) return abstain('the question names no speaker');
    const quotes = doc.article.quotes.filter((quote) => speakerScore(doc, quote, subject) >= SPEAKER_MATCH);
    if (quotes.length > 0) return quotesAnswer(doc, onTopic(quotes, question.topic), 0.85);
    const said = saidInSentences(doc, subject);
    if (said.length > 0) {
      const answer = said.map((span) => span.text).join(' … ');
      return {
        answer,
        value: valueKey(answer),
        confidence: 0.55,
        evidence: said.map((span) => evidenceFor(doc, span)),
      };
    }
    return abstain(`no quote from ${subject} in this article`);
  },
};

/**
 * The quotes that say something of `topic` ("What did Zebari say about Iran?"), or all of them when
 * none does: what the speaker said stays the answer, the topic only chooses among it.
 */
function onTopic(quotes: Quote[], topic: string | undefined): Quote[] {
  const wanted = topic ? contentStems(topic) : [];
  if (wanted.length === 0) return quotes;
  const about = quotes.filter((quote) => {
    const have = new Set(contentStems(quote.text.text.slice(0, MAX_QUOTE_LENGTH)));
    return wanted.some((term) => have.has(term));
  });
  return about.length > 0 ? about : quotes;
}

/** The quotes' words, joined; `speaker` goes first when the question did not name them. */
function quotesAnswer(doc: Doc, quotes: Quote[], confidence: number, speaker = ''): DocResult {
  const chosen = mostExplicit(withoutNested(quotes), MAX_QUOTES);
  const answer = speaker + chosen.map((quote) => quote.text.text).join(' … ');
  return {
    answer,
    value: valueKey(answer),
    confidence,
    evidence: chosen.map((quote) => evidenceFor(doc, quote.text)),
  };
}

/** Drops a quote inside another one already listed ("may not have paid a dime" inside the sentence that holds it). */
function withoutNested(quotes: Quote[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => a.text.start - b.text.start || b.text.end - a.text.end);
  const kept: Quote[] = [];
  for (const quote of sorted) {
    const last = kept[kept.length - 1];
    if (last && quote.text.start < last.text.end) continue;
    kept.push(quote);
  }
  return kept;
}

/**
 * At most `limit` quotes, in text order, preferring those whose speaker is named in full at the quote
 * ("Donald Trump says ...") over a surname, and a surname over a pronoun: in a long story the fully
 * attributed statements are the main ones, the "he added" ones follow them up.
 */
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

function mostExplicit(quotes: Quote[], limit: number): Quote[] {
  if (quotes.length <= limit) return quotes;
  const explicitness = (quote: Quote) => {
    const written = quote.speaker?.span.text ?? '';
    return PRONOUN.test(written) ? 0 : nameWords(written).length;
  };
  return quotes
    .map((quote, order) => ({ quote, order, rank: Math.min(explicitness(quote), 2) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map((entry) => entry.quote);
}

function speakerScore(doc: Doc, quote: Quote, subject: string): number {
  if (!quote.speaker) return 0;
  let score = Math.max(
    nameMatchScore(subject, quote.speaker.name),
    nameMatchScore(subject, quote.speaker.span.text),
  );
  const entity = quote.speaker.entityId
    ? doc.article.entities.find((candidate) => candidate.id === quote.speaker?.entityId)
    : undefined;
  if (entity) {
    for (const form of [entity.name, ...entity.aliases])
      score = Math.max(score, nameMatchScore(subject, form));
  }
  return score;
}

const SPEECH =
  /\b(?:said|says|told|warned|added|adding|stated|announced|argued|insisted|wrote|tweeted|according to)\b/g;
const QUOTED = /[“"]([^“”"\n]{8,600})[”"]/g;

/**
 * What the sentences attribute to the subject when the quote parser found nothing: the quoted words
 * of a sentence that names the subject beside a speech verb, or the clause after "said (that)".
 */
function saidInSentences(doc: Doc, subject: string): Span[] {
  const text = doc.article.text;
  const surname = nameWords(subject).at(-1) ?? '';
  const out: Span[] = [];
  const sentenceWords = doc.sentenceWords();
  for (const [index, sentence] of doc.sentences.entries()) {
    if (out.length >= MAX_QUOTES) break;
    const mentions = (sentenceWords[index] ?? []).filter((word: Word) => nameWordsMatch(word.text, surname));
    if (mentions.length === 0) continue;
    SPEECH.lastIndex = 0;
    const verb = SPEECH.exec(sentence.text);
    if (!verb) continue;
    QUOTED.lastIndex = 0;
    const quoted = QUOTED.exec(sentence.text);
    if (quoted?.[1]) {
      const start = sentence.start + quoted.index + 1;
      out.push(spanAt(text, start, start + quoted[1].length));
      continue;
    }
    const verbEnd = sentence.start + verb.index + verb[0].length;
    const mention = mentions[0] as Word;
    if (mention.start < verbEnd) {
      const after = text.slice(verbEnd, verbEnd + 6);
      const from = /^\s+that\b/.test(after) ? verbEnd + after.indexOf('that') + 4 : verbEnd;
      const clause = clauseFrom(text, from, sentence.end, 400);
      if (clause.text.length > 0) out.push(clause);
    } else {
      // "The talks failed, Smith said." — the words before the attribution.
      const clause = clauseFrom(text, sentence.start, sentence.start + verb.index, 400);
      const cut = clause.text.lastIndexOf(',');
      if (cut > 0) out.push(spanAt(text, clause.start, clause.start + cut));
    }
  }
  return out;
}

/** "Who said '...'?" / "Who warned that ...?" → the speaker of the quote holding those words. */
export const speakerAnswerer: Answerer = {
  kinds: ['speaker'],
  answer(question, doc): DocResult {
    const wanted = contentStems(question.said ?? '');
    if (wanted.length === 0) return abstain('the question does not say what was said');
    let best: { quote: Quote; overlap: number } | null = null;
    for (const quote of doc.article.quotes) {
      if (!quote.speaker) continue;
      const have = new Set(contentStems(quote.text.text.slice(0, MAX_QUOTE_LENGTH)));
      const overlap = wanted.filter((term) => have.has(term)).length / wanted.length;
      if (overlap >= 0.6 && (!best || overlap > best.overlap)) best = { quote, overlap };
    }
    if (best?.quote.speaker) {
      const speaker = best.quote.speaker;
      return {
        answer: speaker.name,
        value: valueKey(speaker.name),
        confidence: 0.6 + 0.3 * best.overlap,
        evidence: [evidenceFor(doc, speaker.span), evidenceFor(doc, best.quote.text)],
      };
    }
    const ranked = rankSentences(doc, wanted)[0];
    if (!ranked || ranked.coverage < 0.6) return abstain('no one in this article is quoted saying that');
    const sentence = doc.sentences[ranked.index] as Span;
    const speaker = speakerInSentence(doc, ranked.index);
    if (!speaker) return abstain('the article does not say who said that');
    return spanAnswer(doc, speaker, 0.4 + 0.3 * ranked.coverage, sentence);
  },
};

/** The name beside a speech verb: "said Zebari", "Zebari said", "according to Zebari". */
function speakerInSentence(doc: Doc, index: number): Span | null {
  const sentence = doc.sentences[index] as Span;
  const runs = nameRuns(doc.article.text, doc.sentenceWords()[index] ?? []);
  SPEECH.lastIndex = 0;
  for (let verb = SPEECH.exec(sentence.text); verb; verb = SPEECH.exec(sentence.text)) {
    const start = sentence.start + verb.index;
    const end = start + verb[0].length;
    const found = nameRunAfter(runs, end, 3) ?? nameRunBefore(runs, start, 3);
    if (found) return found;
  }
  return null;
}
