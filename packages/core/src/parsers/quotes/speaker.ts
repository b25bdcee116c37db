import { unresolvedActor } from '../../actor-ref.js';
import { collapseWhiteSpace, lastWord, wordCount } from '../../characters.js';
import { NATIONALITY_WORDS } from '../../lexicon/nationalities.js';
import { HONORIFICS, ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS } from '../../lexicon/titles.js';
import type { Token } from '../../nlp.js';
import { firstStartingFrom, spanOf } from '../../span.js';
import type { ActorRef, Entity, EntityKind, Span } from '../../types.js';
import { type Gender, GenderReader, pronounGender } from './gender.js';
import { isMark, isNameToken, isWord, speakerBefore, type TokenRange } from './phrase.js';

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
  const lowered = token.text.toLowerCase();
  const word = lowered.endsWith('.') ? lowered.slice(0, -1) : lowered;
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
    if (token.pos === 'ADP' || isWord(token, 'close') || isMark(token, '(')) {
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
 * @param quoted - content spans of the direct quotes, sorted: people named there are not the
 *   subject of the sentence quoting them
 */
export function createSpeakerResolver(
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
  reported: readonly Span[] = [],
  quoted: readonly Span[] = [],
): SpeakerResolver {
  return new ArticleSpeakers(text, tokens, entities, reported, quoted);
}

/**
 * The resolver of one article. What it looks up (mentions in text order, names, roles, genders, full
 * names) is built on first use and kept: an article has many quotes and most need only some of it.
 */
class ArticleSpeakers implements SpeakerResolver {
  private mentionTable: MentionTable | null = null;
  private people: EntityMention[] | null = null;
  private bodies: EntityMention[] | null = null;
  private fullNames: FullNames | null = null;
  private lastPerson: { name: string; entityId: string | null } | null = null;
  private genders: GenderReader | null = null;
  private nameIndex: Map<string, Entity> | null = null;
  /** Per entity, the lower-case words of its roles ("foreign", "minister"), read when first needed. */
  private roleWords: (string[] | undefined)[] | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly entities: readonly Entity[],
    private readonly reported: readonly Span[],
    private readonly quoted: readonly Span[],
  ) {}

  resolve(range: TokenRange): ActorRef {
    const { text, tokens } = this;
    const span = this.spanOfRange(range);
    if (range.first === range.last) {
      const word = span.text.toLowerCase();
      if (word === 'who') {
        // "an architect who said ...": the speaker is the phrase the relative pronoun stands for.
        const comma = tokens[range.first - 1]?.text === ',' ? 1 : 0;
        const antecedent = speakerBefore(tokens, range.first - comma, Math.max(0, range.first - 20));
        const resolved = antecedent && antecedent.last < range.first ? this.resolve(antecedent) : null;
        return resolved ? { ...resolved, span } : unresolvedActor(span);
      }
      if ((tokens[range.first] as Token).pos === 'PRON') return this.resolvePronoun(range, word, span);
    }

    const lastToken = tokens[range.last] as Token;
    const headRange = headOf(tokens, range);
    const headLast = tokens[headRange.last] as Token;
    const headEnd = headLast.end;
    // The entity mentions overlapping the phrase, from the last back: the person whose mention ends
    // the phrase ("the commander of the IRGC Hossein Salami"), else the mention ending its head, people
    // before organisations before places: "Clinton supporters" are not Clinton, "The New York Post"
    // is the Post.
    const overlap = new Overlap(span, lastToken.end, headEnd);
    this.mentionTable ??= new MentionTable(this.entities);
    overlap.read(this.mentionTable);
    const { trailingPerson, inHead } = overlap;
    if (trailingPerson)
      return this.ref(trailingPerson.entity, spanOf(text, trailingPerson.start, trailingPerson.end));
    if (inHead) return this.ref(inHead.entity, span);

    const definite = isWord(tokens[headRange.first], 'the');
    if (definite && headLast.pos === 'NOUN') {
      const entity = this.byRole(headLast.text, span.start);
      if (entity) return this.ref(entity, span);
    }

    const trailing = trailingName(tokens, range);
    const name = trailing ?? (isNameToken(tokens, headRange.last) ? headRange : null);
    if (name) {
      const nameSpan = this.spanOfRange(name);
      const entity = this.byName(nameSpan.text) ?? this.byName(headLast.text);
      if (entity) return this.ref(entity, span);
      const words = wordCount(nameSpan.text);
      const full = words === 1 ? this.fullNameOf(nameSpan.text) : null;
      if (full || (trailing && words >= 2)) {
        const resolved = full ?? collapseWhiteSpace(nameSpan.text);
        this.lastPerson = { name: resolved, entityId: null };
        return { name: resolved, entityId: null, span };
      }
    }
    return unresolvedActor(span);
  }

  /** "he"/"she" → the person meant, "it" → the organisation; any other pronoun stands for itself. */
  private resolvePronoun(range: TokenRange, word: string, span: Span): ActorRef {
    const isPersonal = PERSON_PRONOUNS.has(word);
    const pool = isPersonal
      ? this.mentionsOf('person')
      : BODY_PRONOUNS.has(word)
        ? this.mentionsOf('organisation')
        : null;
    if (pool) {
      const wanted = pronounGender(word);
      if (wanted) this.genders ??= new GenderReader(this.tokens, this.entities);
      const antecedent = antecedentOf(
        pool,
        span.start,
        this.reported,
        this.quoted,
        wanted ? this.genders : null,
        wanted,
        this.sentenceStartOf(range.first),
      );
      if (antecedent) return this.ref(antecedent.entity, span);
    }
    const remembered = this.lastPerson;
    if (isPersonal && remembered) return { ...remembered, span };
    return unresolvedActor(span);
  }

  /** The mentions of people, or of organisations, in text order. */
  private mentionsOf(kind: 'person' | 'organisation'): EntityMention[] {
    if (kind === 'person') {
      this.people ??= mentionsInTextOrder(this.entities, kind);
      return this.people;
    }
    this.bodies ??= mentionsInTextOrder(this.entities, kind);
    return this.bodies;
  }

  /** Offset where the sentence holding token `index` starts. */
  private sentenceStartOf(index: number): number {
    const { tokens } = this;
    const sentence = (tokens[index] as Token).sentence;
    let first = index;
    while (first > 0 && index - first < 80 && (tokens[first - 1] as Token).sentence === sentence) first--;
    return (tokens[first] as Token).start;
  }

  private spanOfRange(range: TokenRange): Span {
    const { text, tokens } = this;
    return spanOf(text, (tokens[range.first] as Token).start, (tokens[range.last] as Token).end);
  }

  private ref(entity: Entity, span: Span): ActorRef {
    if (entity.kind === 'person') this.lastPerson = { name: entity.name, entityId: entity.id };
    return { name: entity.name, entityId: entity.id, span };
  }

  /** An entity by its name, an alias, or a person's surname; people before organisations before places. */
  private byName(words: string): Entity | null {
    if (!this.nameIndex) {
      const nameIndex = new Map<string, Entity>();
      for (const entity of this.entities) {
        indexName(nameIndex, entity.name.toLowerCase(), entity);
        for (const alias of entity.aliases) indexName(nameIndex, alias.toLowerCase(), entity);
        if (entity.kind === 'person') indexName(nameIndex, lastWord(entity.name).toLowerCase(), entity);
      }
      this.nameIndex = nameIndex;
    }
    return this.nameIndex.get(words.toLowerCase()) ?? null;
  }

  /** The entity named last before `before` whose roles hold the word ("minister"). */
  private byRole(word: string, before: number): Entity | null {
    const key = word.toLowerCase();
    this.roleWords ??= new Array(this.entities.length);
    let best: Entity | null = null;
    let bestAt = -1;
    for (let index = 0; index < this.entities.length; index++) {
      const entity = this.entities[index] as Entity;
      if (entity.roles.length === 0) continue;
      let latest = -1;
      for (const mention of entity.mentions) if (mention.start < before) latest = mention.start;
      // "The minister added ..." refers back: an entity first named later is someone else. Its roles
      // are read only when it would win.
      if (latest < 0 || latest <= bestAt) continue;
      let words = this.roleWords[index];
      if (!words) {
        words = entity.roles.flatMap((role) => role.toLowerCase().split(/[^\p{L}]+/u));
        this.roleWords[index] = words;
      }
      if (!words.includes(key)) continue;
      best = entity;
      bestAt = latest;
    }
    return best;
  }

  private fullNameOf(surname: string): string | null {
    if (!this.fullNames) this.fullNames = new FullNames(this.tokens);
    return this.fullNames.get(surname.toLowerCase());
  }
}

/** Files the entity under a name unless an entity of a preferred kind holds it already. */
function indexName(nameIndex: Map<string, Entity>, key: string, entity: Entity): void {
  const current = nameIndex.get(key);
  if (!current || KIND_PREFERENCE[entity.kind] < KIND_PREFERENCE[current.kind]) nameIndex.set(key, entity);
}

/** How far before a phrase (in characters) a mention starting earlier is still read as overlapping it. */
const OVERLAP_LOOKBACK = 400;

/**
 * The entity mentions overlapping a speaker phrase, read as if walking the mentions of every entity
 * in text order back from the phrase's end: the walk takes every mention starting in the
 * `OVERLAP_LOOKBACK` characters before the phrase or inside it, and the first one starting earlier.
 * Mentions starting together are walked last-listed first. Found in one pass over the mentions,
 * with no sorted list of them to build.
 */
class Overlap {
  /** The first person met whose mention ends the phrase ("the commander of the IRGC Hossein Salami"). */
  trailingPerson: { entity: Entity; start: number; end: number; order: number } | null = null;
  /** The first of the most preferred kind met whose mention ends the phrase's head ("The New York Post"). */
  inHead: { entity: Entity; start: number; order: number } | null = null;

  constructor(
    private readonly span: Span,
    private readonly lastTokenEnd: number,
    private readonly headEnd: number,
  ) {}

  read(table: MentionTable): void {
    const { span } = this;
    const { starts } = table;
    let lastEarlier = -1;
    for (let order = 0; order < starts.length; order++) {
      const start = starts[order] as number;
      if (start >= span.end) continue;
      if (span.start - start > OVERLAP_LOOKBACK) {
        // The walk stops after the first of these it meets: the latest, last-listed on a tie.
        if (lastEarlier < 0 || start >= (starts[lastEarlier] as number)) lastEarlier = order;
        continue;
      }
      this.meet(table, order);
    }
    if (lastEarlier >= 0) this.meet(table, lastEarlier);
  }

  /** Walk order: later start first, then last-listed first. */
  private static before(start: number, order: number, other: { start: number; order: number }): boolean {
    return start > other.start || (start === other.start && order > other.order);
  }

  private meet(table: MentionTable, order: number): void {
    const start = table.starts[order] as number;
    const end = table.ends[order] as number;
    if (end <= this.span.start) return;
    const entity = table.entities[order] as Entity;
    if (
      entity.kind === 'person' &&
      start < this.lastTokenEnd &&
      end >= this.lastTokenEnd &&
      (!this.trailingPerson || Overlap.before(start, order, this.trailingPerson))
    ) {
      this.trailingPerson = { entity, start, end, order };
    }
    if (start < this.headEnd && end >= this.headEnd) {
      const current = this.inHead;
      const preference = KIND_PREFERENCE[entity.kind];
      const currentPreference = current ? KIND_PREFERENCE[current.entity.kind] : Number.POSITIVE_INFINITY;
      if (
        !current ||
        preference < currentPreference ||
        (preference === currentPreference && Overlap.before(start, order, current))
      ) {
        this.inHead = { entity, start, order };
      }
    }
  }
}

/** Every entity mention in entity order, as flat arrays: a phrase's overlaps are read by a scan of numbers. */
class MentionTable {
  // Plain arrays: an article has a few dozen mentions, too few to pay for typed arrays' allocation.
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly entities: Entity[] = [];

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        this.starts.push(mention.start);
        this.ends.push(mention.end);
        this.entities.push(entity);
      }
    }
  }
}

/** Mentions up to this many are sorted with a comparison function: typed keys pay off on more. */
const MAX_COMPARED_MENTIONS = 64;
/** Mentions beyond this many are sorted with a comparison function: their order key would lose precision. */
const MAX_KEYED_MENTIONS = 1 << 20;

/**
 * The mentions of entities of one kind, by start offset; mentions starting together stay in entity order. The sort
 * runs on numeric keys (start, then position) in a typed array, with no comparison function to call.
 */
function mentionsInTextOrder(entities: readonly Entity[], kind: EntityKind): EntityMention[] {
  const unsorted: EntityMention[] = [];
  for (const entity of entities) {
    if (entity.kind !== kind) continue;
    for (const mention of entity.mentions) unsorted.push({ start: mention.start, end: mention.end, entity });
  }
  // A few dozen mentions (most articles) sort faster with the comparison function than through keys;
  // both sorts are stable, so the order is the same.
  const keysExact = unsorted.length <= MAX_KEYED_MENTIONS && unsorted.every(hasSmallStart);
  if (unsorted.length <= MAX_COMPARED_MENTIONS || !keysExact)
    return unsorted.sort((a, b) => a.start - b.start);
  const keys = new Float64Array(unsorted.length);
  for (let index = 0; index < unsorted.length; index++) {
    keys[index] = (unsorted[index] as EntityMention).start * MAX_KEYED_MENTIONS + index;
  }
  keys.sort();
  const sorted: EntityMention[] = new Array(unsorted.length);
  for (let index = 0; index < keys.length; index++) {
    sorted[index] = unsorted[(keys[index] as number) % MAX_KEYED_MENTIONS] as EntityMention;
  }
  return sorted;
}

/** A start offset that keeps `start * MAX_KEYED_MENTIONS + position` an exact integer. */
const hasSmallStart = (mention: EntityMention) =>
  Number.isInteger(mention.start) && mention.start >= 0 && mention.start < 2 ** 32;

/** How many earlier mentions a pronoun looks back over, past those inside reported words. */
const MAX_ANTECEDENT_LOOKBACK = 40;

/**
 * The most recent compatible mention before `offset` that is not inside what someone was reported
 * saying: in "“We will avenge Soleimani,” Salami said. He added ...", "he" is Salami, not Soleimani;
 * "she" skips a man.
 *
 * @param reported - the content spans of the article's quotes, sorted by start
 * @param quoted - the content spans of the direct quotes, sorted by start
 * @param genders - the people's genders, when the pronoun has one (`wanted`)
 */
function antecedentOf(
  pool: readonly EntityMention[],
  offset: number,
  reported: readonly Span[],
  quoted: readonly Span[],
  genders: GenderReader | null,
  wanted: Gender | null,
  sentenceStart: number,
): EntityMention | undefined {
  let index = firstStartingFrom(pool, offset) - 1;
  let fallback: EntityMention | undefined;
  let subject: EntityMention | undefined;
  for (let steps = 0; index >= 0 && steps < MAX_ANTECEDENT_LOOKBACK; index--, steps++) {
    const mention = pool[index] as EntityMention;
    // A person the text gives no gender for fits either pronoun.
    const known = genders?.genderOf(mention.entity.id);
    if (known && known !== wanted) continue;
    // Within the pronoun's own sentence the first mention, its subject, wins: "The Ahl al-Kahf militia,
    // formed by the Nujaba militia, claimed the attacks, which it said ..." — "it" is Ahl al-Kahf. A
    // name in a quotation is no subject: "“Trump’s salespeople …,” she continued".
    if (mention.start >= sentenceStart) {
      if (!isInside(quoted, mention, offset)) subject = mention;
      continue;
    }
    if (subject) return subject;
    fallback ??= mention;
    if (!isInside(reported, mention, offset)) return mention;
  }
  return subject ?? fallback;
}

/** The mention stands inside one of `spans` (sorted by start) that does not also hold `offset`. */
function isInside(spans: readonly Span[], mention: EntityMention, offset: number): boolean {
  const holder = spans[firstStartingFrom(spans, mention.start + 1) - 1];
  return (
    holder !== undefined && holder.end >= mention.end && !(holder.start <= offset && offset < holder.end)
  );
}

/**
 * `text.toLowerCase() === word`, lower-casing only a text that may match: an ASCII text keeps its
 * length when lower-cased. Most name words are capitalised, so each lower-cased copy is a new string.
 */
export function isLowerCaseOf(text: string, word: string): boolean {
  if (text.length !== word.length && isAscii(text)) return false;
  return text.toLowerCase() === word;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false;
  return true;
}

/**
 * Surname → fullest "First Last" printed in the text, past any title. Only a fallback for articles
 * whose entities are missing: the entities parser owns names. The runs of name words are found once;
 * a run is read as a name only when a surname it ends with is asked for.
 */
class FullNames {
  /** Runs of name words: first and last token of each. */
  private readonly runs: TokenRange[] = [];
  /** The last word of each run, as printed: lower-cased only when it may match the surname asked for. */
  private readonly runEnds: string[] = [];
  private readonly known = new Map<string, string | null>();

  constructor(private readonly tokens: readonly Token[]) {
    let index = 0;
    while (index < tokens.length) {
      if (!isNameToken(tokens, index)) {
        index++;
        continue;
      }
      let last = index;
      while (isNameToken(tokens, last + 1) && last - index < 6) last++;
      this.runs.push({ first: index, last });
      this.runEnds.push((tokens[last] as Token).text);
      index = last + 1;
    }
  }

  /** The fullest name printed ending in this surname (lower case), or null. */
  get(surname: string): string | null {
    let full = this.known.get(surname);
    if (full !== undefined) return full;
    full = null;
    for (let run = 0; run < this.runs.length; run++) {
      if (!isLowerCaseOf(this.runEnds[run] as string, surname)) continue;
      const range = trailingName(this.tokens, this.runs[run] as TokenRange);
      if (!range || range.last <= range.first) continue;
      const words: string[] = [];
      for (let index = range.first; index <= range.last; index++)
        words.push((this.tokens[index] as Token).text);
      const name = words.join(' ');
      if (full === null || name.length > full.length) full = name;
    }
    this.known.set(surname, full);
    return full;
  }
}
