import { NATIONALITY_WORDS } from '../../lexicon/nationalities.js';
import { HONORIFICS, ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS } from '../../lexicon/titles.js';
import type { Token } from '../../nlp.js';
import { spanOf } from '../../span.js';
import type { ActorRef, Entity, EntityKind, Span } from '../../types.js';
import { type Gender, inferGenders, pronounGender } from './gender.js';
import { isNameToken, speakerBefore, type TokenRange } from './phrase.js';

interface EntityMention {
  start: number;
  end: number;
  entity: Entity;
}

/** Resolves speaker mentions to people and organisations. Call `resolve` in text order. */
export interface SpeakerResolver {
  resolve(mention: TokenRange): ActorRef;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const BODY_PRONOUNS = new Set(['it']);
const KIND_PREFERENCE: Record<EntityKind, number> = { person: 0, organisation: 1, place: 2 };

/** "Former", "Iraqi", "Foreign", "Minister", "Sen.": words of a title printed before a name. */
function isTitleWord(token: Token): boolean {
  const word = token.text.toLowerCase().replace(/\.$/, '');
  return (
    TITLE_WORDS.has(word) ||
    TITLE_MODIFIERS.has(word) ||
    HONORIFICS.has(word) ||
    ROLE_NOUNS.has(word) ||
    NATIONALITY_WORDS.has(word)
  );
}

/** Tokens of the phrase before its first preposition: "a spokesman" of "a spokesman for the ministry". */
function headOf(tokens: readonly Token[], mention: TokenRange): TokenRange {
  for (let index = mention.first + 1; index <= mention.last; index++) {
    const token = tokens[index] as Token;
    if (token.pos === 'ADP' || token.text.toLowerCase() === 'close' || token.text === '(') {
      return { first: mention.first, last: index - 1 };
    }
  }
  return mention;
}

/** The name printed at the end of a phrase, past its title: "Stein spokeswoman Melezia Figueroa". */
function trailingName(tokens: readonly Token[], mention: TokenRange): TokenRange | null {
  let first = mention.last;
  if (!isNameToken(tokens, first)) return null;
  while (first - 1 >= mention.first && isNameToken(tokens, first - 1)) first--;
  while (first < mention.last && isTitleWord(tokens[first] as Token)) first++;
  let titleEnd = -1;
  for (let index = first; index < mention.last; index++) {
    if (isTitleWord(tokens[index] as Token)) titleEnd = index;
  }
  if (titleEnd >= 0) first = titleEnd + 1;
  // "a reporter for USA Today", "a spokesman for the Taliban": a name after a preposition or a
  // possessive is not the speaker.
  let beforeIndex = first - 1;
  if (beforeIndex > mention.first && tokens[beforeIndex]?.pos === 'DET') beforeIndex--;
  const before = tokens[beforeIndex];
  if (first > mention.first && before && (before.pos === 'ADP' || before.pos === 'PART')) return null;
  return { first, last: mention.last };
}

/**
 * Builds a resolver over the article's entities. A mention resolves, in order: "he"/"she" to the
 * most recent person of a compatible gender mentioned before it (the subject when in the same
 * sentence, and not someone named inside a quote), "it" likewise to an organisation, "who" to the
 * phrase it follows; a phrase ending in a person's mention to that person ("the commander of the IRGC
 * Hossein Salami"); an entity mention ending the phrase's head ("The New York Post"); "the minister"
 * to the entity named earlier whose roles contain "minister"; a surname or alias to its entity.
 * Without an entity the fullest form of the same name printed earlier is used ("Zebari" → "Hoshyar
 * Zebari"), and otherwise the mention itself ("Observers").
 *
 * @param reported - content spans of the article's quotes, sorted: people named there are not
 *   antecedents
 */
export function createSpeakerResolver(
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
  reported: readonly Span[] = [],
): SpeakerResolver {
  const mentions: EntityMention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end, entity });
  }
  mentions.sort((a, b) => a.start - b.start);
  const personMentions = mentions.filter((mention) => mention.entity.kind === 'person');
  const bodyMentions = mentions.filter((mention) => mention.entity.kind === 'organisation');
  let fullNames: Map<string, string> | null = null;
  let lastPerson: { name: string; entityId: string | null } | null = null;
  let genders: Map<string, Gender> | null = null;

  /** Offset where the sentence holding token `index` starts. */
  const sentenceStartOf = (index: number): number => {
    const sentence = (tokens[index] as Token).sentence;
    let first = index;
    while (first > 0 && index - first < 80 && (tokens[first - 1] as Token).sentence === sentence) first--;
    return (tokens[first] as Token).start;
  };

  const spanOfRange = (range: TokenRange): Span =>
    spanOf(text, (tokens[range.first] as Token).start, (tokens[range.last] as Token).end);

  const ref = (entity: Entity, span: Span): ActorRef => {
    if (entity.kind === 'person') lastPerson = { name: entity.name, entityId: entity.id };
    return { name: entity.name, entityId: entity.id, span };
  };

  const overlapping = (span: Span): EntityMention[] => {
    const found: EntityMention[] = [];
    let index = lastIndexBefore(mentions, span.end);
    while (index >= 0) {
      const mention = mentions[index] as EntityMention;
      if (mention.end > span.start) found.push(mention);
      if (span.start - mention.start > 400) break;
      index--;
    }
    return found;
  };

  let nameIndex: Map<string, Entity> | null = null;
  /** An entity by its name, an alias, or a person's surname; people before organisations before places. */
  const byName = (words: string): Entity | null => {
    if (!nameIndex) {
      nameIndex = new Map();
      for (const entity of entities) {
        const keys = [entity.name, ...entity.aliases].map((name) => name.toLowerCase());
        if (entity.kind === 'person') keys.push(entity.name.split(/\s+/).pop()?.toLowerCase() ?? '');
        for (const key of keys) {
          const current = nameIndex.get(key);
          if (!current || KIND_PREFERENCE[entity.kind] < KIND_PREFERENCE[current.kind])
            nameIndex.set(key, entity);
        }
      }
    }
    return nameIndex.get(words.toLowerCase()) ?? null;
  };

  const byRole = (word: string, before: number): Entity | null => {
    const key = word.toLowerCase();
    let best: Entity | null = null;
    let bestAt = -1;
    for (const entity of entities) {
      if (
        !entity.roles.some((role) =>
          role
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .includes(key),
        )
      )
        continue;
      const latest = entity.mentions.reduce(
        (at, mention) => (mention.start < before ? mention.start : at),
        -1,
      );
      // "The minister added ..." refers back: an entity first named later is someone else.
      if (latest >= 0 && latest > bestAt) {
        best = entity;
        bestAt = latest;
      }
    }
    return best;
  };

  const fullNameOf = (surname: string): string | null => {
    if (!fullNames) fullNames = collectFullNames(tokens);
    return fullNames.get(surname.toLowerCase()) ?? null;
  };

  return {
    resolve(range) {
      const span = spanOfRange(range);
      const word = span.text.toLowerCase();
      if (range.first === range.last && word === 'who') {
        // "an architect who said ...": the speaker is the phrase the relative pronoun stands for.
        const comma = tokens[range.first - 1]?.text === ',' ? 1 : 0;
        const antecedent = speakerBefore(tokens, range.first - comma, Math.max(0, range.first - 20));
        const resolved = antecedent && antecedent.last < range.first ? this.resolve(antecedent) : null;
        return resolved ? { ...resolved, span } : { name: span.text, entityId: null, span };
      }
      if (range.first === range.last && (tokens[range.first] as Token).pos === 'PRON') {
        const pool = PERSON_PRONOUNS.has(word)
          ? personMentions
          : BODY_PRONOUNS.has(word)
            ? bodyMentions
            : null;
        const wanted = pronounGender(word);
        const compatible = (entity: Entity) => {
          const known = wanted ? genders?.get(entity.id) : undefined;
          return !known || known === wanted;
        };
        if (wanted && !genders) genders = inferGenders(tokens, entities);
        const antecedent = pool
          ? antecedentOf(pool, span.start, reported, compatible, sentenceStartOf(range.first))
          : undefined;
        if (antecedent) return ref(antecedent.entity, span);
        const remembered = lastPerson as { name: string; entityId: string | null } | null;
        if (PERSON_PRONOUNS.has(word) && remembered) return { ...remembered, span };
        return { name: span.text, entityId: null, span };
      }

      const found = overlapping(span);
      const lastToken = tokens[range.last] as Token;
      const trailingPerson = found.find(
        (mention) =>
          mention.entity.kind === 'person' && mention.start < lastToken.end && mention.end >= lastToken.end,
      );
      if (trailingPerson)
        return ref(trailingPerson.entity, spanOf(text, trailingPerson.start, trailingPerson.end));
      const head = spanOfRange(headOf(tokens, range));
      // The mention must end the head: "Clinton supporters" are not Clinton, "The New York Post" is the Post.
      const inHead = found
        .filter((mention) => mention.start < head.end && mention.end >= head.end)
        .sort((a, b) => KIND_PREFERENCE[a.entity.kind] - KIND_PREFERENCE[b.entity.kind]);
      if (inHead[0]) return ref(inHead[0].entity, span);

      const headRange = headOf(tokens, range);
      const headLast = tokens[headRange.last] as Token;
      const definite = (tokens[headRange.first] as Token).text.toLowerCase() === 'the';
      if (definite && headLast.pos === 'NOUN') {
        const entity = byRole(headLast.text, span.start);
        if (entity) return ref(entity, span);
      }

      const trailing = trailingName(tokens, range);
      const name = trailing ?? (isNameToken(tokens, headRange.last) ? headRange : null);
      if (name) {
        const nameSpan = spanOfRange(name);
        const entity = byName(nameSpan.text) ?? byName(headLast.text);
        if (entity) return ref(entity, span);
        const words = nameSpan.text.split(/\s+/);
        const full = words.length === 1 ? fullNameOf(nameSpan.text) : null;
        if (full || (trailing && words.length >= 2)) {
          const resolved = full ?? nameSpan.text;
          lastPerson = { name: resolved, entityId: null };
          return { name: resolved, entityId: null, span };
        }
      }
      return { name: span.text, entityId: null, span };
    },
  };
}

/** How many earlier mentions a pronoun looks back over, past those inside reported words. */
const MAX_ANTECEDENT_LOOKBACK = 40;

/**
 * The most recent compatible mention before `offset` that is not inside what someone was reported
 * saying: in "“We will avenge Soleimani,” Salami said. He added ...", "he" is Salami, not Soleimani;
 * "she" skips a man.
 *
 * @param reported - the content spans of the article's quotes, sorted by start
 */
function antecedentOf(
  pool: readonly EntityMention[],
  offset: number,
  reported: readonly Span[],
  compatible: (entity: Entity) => boolean,
  sentenceStart: number,
): EntityMention | undefined {
  let index = lastIndexBefore(pool, offset);
  let fallback: EntityMention | undefined;
  let subject: EntityMention | undefined;
  for (let steps = 0; index >= 0 && steps < MAX_ANTECEDENT_LOOKBACK; index--, steps++) {
    const mention = pool[index] as EntityMention;
    if (!compatible(mention.entity)) continue;
    // Within the pronoun's own sentence the first mention, its subject, wins: "The Ahl al-Kahf militia,
    // formed by the Nujaba militia, claimed the attacks, which it said ..." — "it" is Ahl al-Kahf.
    if (mention.start >= sentenceStart) {
      subject = mention;
      continue;
    }
    if (subject) return subject;
    fallback ??= mention;
    const holder = reported[lastIndexBefore(reported, mention.start + 1)];
    const insideReport =
      holder !== undefined && holder.end >= mention.end && !(holder.start <= offset && offset < holder.end);
    if (!insideReport) return mention;
  }
  return subject ?? fallback;
}

function lastIndexBefore(mentions: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = mentions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as { start: number }).start < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Surname → fullest "First Last" printed in the text, past any title. Only a fallback for articles
 * whose entities are missing: the entities parser owns names.
 */
function collectFullNames(tokens: readonly Token[]): Map<string, string> {
  const names = new Map<string, string>();
  let index = 0;
  while (index < tokens.length) {
    if (!isNameToken(tokens, index)) {
      index++;
      continue;
    }
    let last = index;
    while (isNameToken(tokens, last + 1) && last - index < 6) last++;
    const range = trailingName(tokens, { first: index, last });
    if (range && range.last > range.first) {
      const words = tokens.slice(range.first, range.last + 1).map((token) => token.text);
      const surname = (words[words.length - 1] as string).toLowerCase();
      const current = names.get(surname);
      const full = words.join(' ');
      if (!current || full.length > current.length) names.set(surname, full);
    }
    index = last + 1;
  }
  return names;
}
