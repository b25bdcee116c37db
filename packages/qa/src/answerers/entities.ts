import type { Entity, Span } from '@newsparse/core';
import { type Doc, evidenceFor, spanAt, trimmed } from '../document.js';
import { clauseFrom, isCapitalised, nameRunBefore, nameRuns } from '../extract.js';
import { contentStems, nameMatchScore, nameWords, nameWordsMatch, stem, type Word, words } from '../text.js';
import { type Answerer, abstain, type DocResult, spanAnswer, valueKey } from './answerer.js';

const ENTITY_MATCH = 0.75;

/** "Who is X?" / "What is X?" → the entity's roles; without them, the titles and appositions around its name. */
export const identityAnswerer: Answerer = {
  kinds: ['identity'],
  answer(question, doc): DocResult {
    const subject = question.subject ?? '';
    if (nameWords(subject).length === 0) return abstain('the question names no one');
    const entity = findEntity(doc, subject);
    const roles: Span[] = [];
    if (entity) {
      for (const role of entity.roles) {
        const span = locate(doc, role, entity);
        if (span) roles.push(span);
      }
    }
    const mentions = mentionsOf(doc, entity ? entity.name : subject);
    if (roles.length === 0) roles.push(...rolesAroundMentions(doc, mentions));
    if (roles.length === 0) {
      return abstain(
        entity || mentions.length > 0
          ? `the article names ${subject} but does not say who they are`
          : `${subject} is not mentioned in this article`,
      );
    }
    const unique = dedupe(roles).slice(0, 3);
    const name = entity?.name ?? longestMention(mentions) ?? subject;
    const answer = `${name}: ${unique.map((span) => span.text).join('; ')}`;
    return {
      answer,
      value: valueKey(answer),
      confidence: entity && entity.roles.length > 0 ? 0.85 : 0.6,
      evidence: unique.map((span) => evidenceFor(doc, span)),
    };
  },
};

function findEntity(doc: Doc, subject: string): Entity | null {
  let best: { entity: Entity; score: number } | null = null;
  for (const entity of doc.article.entities) {
    let score = 0;
    for (const form of [entity.name, ...entity.aliases])
      score = Math.max(score, nameMatchScore(subject, form));
    if (score >= ENTITY_MATCH && (!best || score > best.score)) best = { entity, score };
  }
  return best?.entity ?? null;
}

/** The role's words in the text, near a mention of the entity when it is printed more than once. */
function locate(doc: Doc, role: string, entity: Entity): Span | null {
  const text = doc.article.text;
  for (const mention of entity.mentions) {
    const from = Math.max(0, mention.start - role.length - 200);
    const at = text.indexOf(role, from);
    if (at >= 0 && at < mention.end + 300) return spanAt(text, at, at + role.length);
  }
  const anywhere = text.indexOf(role);
  return anywhere >= 0 ? spanAt(text, anywhere, anywhere + role.length) : null;
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = valueKey(span.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Mention {
  sentence: number;
  /** First and last word index of the name in the sentence. */
  first: number;
  last: number;
  span: Span;
}

/** Places where all identifying words of `name` stand together ("Badr Organisation", "al-Kaabi"). */
function mentionsOf(doc: Doc, name: string): Mention[] {
  const wanted = nameWords(name);
  if (wanted.length === 0) return [];
  const out: Mention[] = [];
  doc.sentenceWords().forEach((sentence, index) => {
    for (let i = 0; i < sentence.length; i++) {
      // A full name may be asked by its surname alone, so a mention is the run of the words that match.
      if (!wanted.some((word) => nameWordsMatch((sentence[i] as Word).text, word))) continue;
      let last = i;
      while (
        last + 1 < sentence.length &&
        wanted.some((word) => nameWordsMatch((sentence[last + 1] as Word).text, word))
      ) {
        last++;
      }
      const count = last - i + 1;
      // "Zebari" alone is a mention of "Hoshyar Zebari"; "Hoshyar" alone is not.
      const surnameOnly =
        count === 1 && nameWordsMatch((sentence[i] as Word).text, wanted[wanted.length - 1] as string);
      if (count >= Math.min(wanted.length, 2) || surnameOnly) {
        out.push({
          sentence: index,
          first: i,
          last,
          span: spanAt(doc.article.text, (sentence[i] as Word).start, (sentence[last] as Word).end),
        });
      }
      i = last;
    }
  });
  return out;
}

function longestMention(mentions: Mention[]): string | undefined {
  let best: Span | undefined;
  for (const mention of mentions)
    if (!best || mention.span.text.length > best.text.length) best = mention.span;
  return best?.text;
}

const APPOSITION = /^,\s+(?:(?:a|an|the|who|which)\s)/;

/** Titles printed before the name ("Former Iraqi Foreign Minister") and appositions after it (", a leader in ..."). */
function rolesAroundMentions(doc: Doc, mentions: Mention[]): Span[] {
  const text = doc.article.text;
  const out: Span[] = [];
  for (const mention of mentions) {
    const sentence = doc.sentences[mention.sentence] as Span;
    const runs = nameRuns(text, doc.sentenceWords()[mention.sentence] ?? []);
    const run = runs.find(
      (candidate) => candidate.start <= mention.span.start && mention.span.end <= candidate.end,
    );
    // "Chelsea Clinton" holds a mention of "Clinton" but names someone else: no title of Hillary's.
    if (insideLongerMention(doc, mention.span)) continue;
    if (run && run.start < mention.span.start) {
      const title = trimmed(text, run.start, mention.span.start);
      if (title.text.length > 2 && contentStems(title.text).length > 0) out.push(title);
    }
    // "Al-Nujaba militia led by Akram al-Kaabi": who they lead is the role.
    const before = text.slice(Math.max(sentence.start, mention.span.start - 12), mention.span.start);
    const led = /\b(?:led|headed|founded|commanded)\sby\s$/.exec(before);
    if (led) {
      const organisation = nameRunBefore(runs, mention.span.start - (before.length - led.index), 12);
      if (organisation) out.push(trimmed(text, organisation.start, mention.span.end));
    }
    const afterName = run ? Math.max(run.end, mention.span.end) : mention.span.end;
    const tail = text.slice(afterName, Math.min(sentence.end, afterName + 12));
    if (APPOSITION.test(tail)) {
      const clause = clauseFrom(text, afterName + 1, sentence.end, 200);
      const comma = clause.text.indexOf(',');
      const role = comma > 0 ? spanAt(text, clause.start, clause.start + comma) : clause;
      if (role.text.length > 3) out.push(role);
    }
  }
  return out;
}

/** `span` starts inside an entity's mention that starts before it: the "Clinton" of "Chelsea Clinton’s". */
function insideLongerMention(doc: Doc, span: Span): boolean {
  return doc.article.entities.some((entity) =>
    entity.mentions.some((other) => other.start < span.start && span.start < other.end),
  );
}

const LEADER_ROLE =
  /\b(?:leader|head|chief|commander|founder|chairman|chairwoman|president|secretary-general)\sof\s(?:the\s)?/i;
const LED_VERBS = new Set(['led', 'headed', 'run', 'commanded', 'founded', 'chaired']);
const LEADER_BEFORE =
  /,\s(?:the\s|its\s)?(?:leader|head|chief|commander|founder|chairman|chairwoman|secretary-general)\sof\s(?:the\s)?$/i;
const WHO_LEADS_BEFORE = /,?\swho\s(?:leads|heads|runs|commands|founded|led|headed)\s(?:the\s)?$/;
const LEADER_AFTER = /^(?:['’]s)?\s+(?:leader|head|chief|commander)\s+/;

/** "Who leads X?" → a person whose role is "leader of X", or "X, led by Y" / "Y, leader of X" in the text. */
export const leaderAnswerer: Answerer = {
  kinds: ['leader'],
  answer(question, doc): DocResult {
    const subject = question.subject ?? '';
    if (nameWords(subject).length === 0) return abstain('the question names no organisation');
    for (const entity of doc.article.entities) {
      if (entity.kind !== 'person') continue;
      for (const role of entity.roles) {
        const match = LEADER_ROLE.exec(role);
        if (!match) continue;
        const of = role.slice(match.index + match[0].length);
        if (nameMatchScore(subject, of) < ENTITY_MATCH) continue;
        const span = entity.mentions[0];
        if (!span) continue;
        return {
          answer: entity.name,
          value: valueKey(entity.name),
          confidence: 0.85,
          evidence: [evidenceFor(doc, span)],
        };
      }
    }
    const led = ledByRole(doc, subject);
    if (led) return spanAnswer(doc, led, 0.8);
    const text = doc.article.text;
    for (const mention of mentionsOf(doc, subject)) {
      const sentence = doc.sentences[mention.sentence] as Span;
      const runs = nameRuns(text, doc.sentenceWords()[mention.sentence] ?? []);
      const leader = leaderNear(text, sentence, runs, mention.span);
      if (leader) {
        return spanAnswer(doc, leader, 0.65);
      }
    }
    return abstain(`the article does not say who leads ${subject}`);
  },
};

const LED_BY_ROLE = /\b(?:led|headed|run|commanded|founded|chaired)\s+by\s+/i;

/** An organisation whose recorded role says who leads it ("a militia led by Ravel Osterman"). */
function ledByRole(doc: Doc, subject: string): Span | null {
  const organisation = findEntity(doc, subject);
  if (!organisation) return null;
  for (const role of organisation.roles) {
    const match = LED_BY_ROLE.exec(role);
    if (!match) continue;
    const leader = role.slice(match.index + match[0].length);
    const roleSpan = locate(doc, role, organisation);
    if (!roleSpan) continue;
    const at = roleSpan.text.lastIndexOf(leader);
    if (at >= 0) return spanAt(doc.article.text, roleSpan.start + at, roleSpan.start + at + leader.length);
  }
  return null;
}

/**
 * "…, a militia led by " after an organisation's name: the offset in `tail` after "by", when "led by"
 * comes within four lower-case words.
 */
function ledByEnd(tail: string): number | null {
  const found = words(tail);
  for (let i = 0; i < Math.min(found.length - 1, 5); i++) {
    const word = found[i] as Word;
    if (isCapitalised(word.text)) return null;
    const next = found[i + 1] as Word;
    if (LED_VERBS.has(word.text) && next.text === 'by') return next.end + (tail[next.end] === ' ' ? 1 : 0);
  }
  return null;
}

function leaderNear(text: string, sentence: Span, runs: Span[], mention: Span): Span | null {
  const run = runs.find((candidate) => candidate.start <= mention.start && mention.end <= candidate.end);
  const end = run ? run.end : mention.end;
  const tail = text.slice(end, Math.min(sentence.end, end + 60));
  const ledBy = ledByEnd(tail);
  const after = ledBy ?? LEADER_AFTER.exec(tail)?.[0].length ?? null;
  if (after !== null) {
    const name = personAfter(text, runs, end + after);
    if (name) return name;
  }
  const before = text.slice(Math.max(sentence.start, mention.start - 60), mention.start);
  const match = LEADER_BEFORE.exec(before) ?? WHO_LEADS_BEFORE.exec(before);
  if (match) return nameRunBefore(runs, mention.start - (before.length - match.index), 1);
  return null;
}

/**
 * The people, in the article's order, one of whose recorded roles holds every content word of `role`:
 * "the spokesman" is the "health directorate spokesman", "the police chief" the "Police chief".
 */
export function peopleWithRole(doc: Doc, role: string): Entity[] {
  const wanted = contentStems(role);
  if (wanted.length === 0) return [];
  return doc.article.entities.filter(
    (entity) =>
      entity.kind === 'person' &&
      entity.mentions.length > 0 &&
      entity.roles.some((held) => {
        const have = new Set(contentStems(held));
        return wanted.every((term) => have.has(term));
      }),
  );
}

/** "Who is the (Iranian) ambassador to Iraq?" → the person holding that role, by entity roles or by the title printed before a name. */
export const roleAnswerer: Answerer = {
  kinds: ['role'],
  answer(question, doc): DocResult {
    const subject = question.subject ?? '';
    const wanted = contentStems(subject);
    if (wanted.length === 0) return abstain('the question names no role');
    const holder = peopleWithRole(doc, subject)[0];
    if (holder?.mentions[0]) {
      return {
        answer: holder.name,
        value: valueKey(holder.name),
        confidence: 0.85,
        evidence: [evidenceFor(doc, holder.mentions[0])],
      };
    }
    const text = doc.article.text;
    const roleNoun = wanted.find((term) => ROLE_STEMS.has(term)) ?? wanted[0];
    for (const [index, sentence] of doc.sentenceWords().entries()) {
      const window = windowOf(sentence, wanted, roleNoun ?? '');
      if (!window) continue;
      const runs = nameRuns(text, sentence);
      const windowEnd = (sentence[window.last] as Word).end;
      const person =
        personAfter(text, runs, windowEnd) ??
        personBeforeApposition(text, runs, (sentence[window.first] as Word).start);
      if (person) {
        return spanAnswer(doc, person, 0.65, doc.sentences[index] as Span);
      }
    }
    return abstain(`the article does not name the ${subject}`);
  },
};

const ROLE_STEMS = new Set(
  [
    'ambassador',
    'minister',
    'president',
    'spokesman',
    'spokeswoman',
    'secretary',
    'director',
    'governor',
    'mayor',
    'envoy',
    'chancellor',
    'commander',
    'leader',
    'head',
    'chief',
  ].map(stem),
);

/** The shortest run of sentence words (at most 8) holding every wanted stem, anchored on the role noun. */
function windowOf(
  sentence: Word[],
  wanted: string[],
  roleNoun: string,
): { first: number; last: number } | null {
  for (let i = 0; i < sentence.length; i++) {
    if ((sentence[i] as Word).stem !== roleNoun) continue;
    let first = i;
    let last = i;
    let ok = true;
    for (const term of wanted) {
      let found = -1;
      for (let j = Math.max(0, i - 4); j < Math.min(sentence.length, i + 5); j++) {
        if ((sentence[j] as Word).stem === term) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      first = Math.min(first, found);
      last = Math.max(last, found);
    }
    if (ok) return { first, last };
  }
  return null;
}

/** A person's name printed right after a title ("Ambassador to Iraq Iraj Masjedi"); a run may start inside the title. */
function personAfter(text: string, runs: Span[], offset: number): Span | null {
  for (const run of runs) {
    if (run.end <= offset) continue;
    if (run.start > offset + 1) return null;
    const start = Math.max(run.start, offset);
    const name = trimmed(text, start, run.end);
    return name.text.includes(' ') || name.text.length > 3 ? name : null;
  }
  return null;
}

/** "Iraj Masjedi, the Iranian ambassador to Iraq" → the name before the comma. */
function personBeforeApposition(text: string, runs: Span[], offset: number): Span | null {
  const before = text.slice(Math.max(0, offset - 12), offset);
  if (!/,\s(?:(?:the|a|an)\s)?$/.test(before)) return null;
  return nameRunBefore(runs, offset - (before.length - before.indexOf(',')), 1);
}
