import { collapseWhiteSpace, isWhiteSpaceCode, wordCount } from '../../characters.js';
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { wordSet } from '../../lexicon/words.js';
import { contains, firstStartingFrom } from '../../span.js';
import type { Entity, EntityKind, Span } from '../../types.js';
import type { Candidate } from './candidate.js';
import type { Candidates } from './candidates.js';
import { isAcronym, knownOrganisation } from './organisations.js';
import { surnameKey } from './people.js';
import { knownPlace } from './places.js';
import { hasLowerCase } from './word-scanner.js';
import type { Word } from './words.js';

/** An entity being built: its mentions with their texts, before ids and names are chosen. */
interface Group {
  kind: EntityKind;
  mentions: Span[];
  /** Mentions that give the full name (for people: given names and surname). */
  fullForms: Span[];
  aliases: string[];
  roles: string[];
  position?: string;
  /** People: lower-case given names of the fullest form ("abu mahdi"), for telling namesakes apart. */
  given: string[];
  surname: string;
}

/**
 * Links the mentions into entities: the same surname with compatible given names is one person
 * ("Qassem Soleimani" / "Qasim Soleimani" / "Soleimani"); a surname alone goes to the person of that
 * name mentioned most recently; an acronym goes to its expansion.
 */
export function linkEntities(text: string, found: Candidates, dateline: Span | null = null): Entity[] {
  const organisations = linkOrganisations(found);
  // The surname key of each word alone, worked out once: the people ask for them, then the words are linked.
  const bareSurnames: string[] = [];
  for (const word of found.bare) bareSurnames.push(surnameKey(word.text));
  const people = linkPeople(found, organisations, bareSurnames);
  // "Rep. Jim Jordan ... Jordan said": a surname that is also a country is the person's here; the
  // dateline's city stays a place ("SANTOS, Brazil - ..., said Orlando dos Santos").
  const places = found.places.filter(
    (candidate) =>
      wordCount(candidate.span.text) > 1 ||
      (dateline !== null && contains(dateline, candidate.span)) ||
      !people.linkSurname(candidate.span),
  );
  const groups = [...people.groups, ...organisations, ...linkPlaces(places)];
  const acronymOwners = new Map<string, Group>();
  for (const group of groups) {
    for (const alias of group.aliases) if (isAcronym(alias)) acronymOwners.set(alias, group);
  }
  const speakerLabels = new Map<string, Group>();
  const labelCounts = new Map<string, number>();
  for (const word of found.bare) {
    if (isSpeakerLabel(text, word)) labelCounts.set(word.text, (labelCounts.get(word.text) ?? 0) + 1);
  }
  for (let i = 0; i < found.bare.length; i++) {
    const word = found.bare[i] as Word;
    const surname = bareSurnames[i] as string;
    const span = wordSpan(word);
    if (people.linkSurname(span, surname)) continue;
    const owner = acronymOwners.get(word.text) ?? speakerLabels.get(word.text);
    if (owner) owner.mentions.push(span);
    else if ((labelCounts.get(word.text) ?? 0) >= 2 && isSpeakerLabel(text, word)) {
      const group = newGroup('person', span, surname);
      groups.push(group);
      speakerLabels.set(word.text, group);
    }
  }
  const acronymCounts = new Map<string, number>();
  for (const word of found.acronyms) acronymCounts.set(word.text, (acronymCounts.get(word.text) ?? 0) + 1);
  for (const word of found.acronyms) {
    const span = wordSpan(word);
    const owner = acronymOwners.get(word.text);
    if (owner) owner.mentions.push(span);
    else if (word.text.length >= 4 && people.linkSurname(span))
      continue; // "PENCE:" in a transcript
    else if (
      knownOrganisation(word.text, true) ||
      (word.text.length >= 3 && text[word.end] !== ':' && (acronymCounts.get(word.text) ?? 0) >= 2)
    ) {
      // An unknown acronym used once may be shouting ("WHITE"); twice, it names something.
      const group = newGroup('organisation', span, '');
      groups.push(group);
      acronymOwners.set(word.text, group);
    }
  }
  return toEntities(groups);
}

/** "WALLACE: Let’s start ...": a name in capitals opening a transcript line. */
function isSpeakerLabel(text: string, word: Word): boolean {
  if (!word.allCaps || word.text.length < 3 || text[word.end] !== ':') return false;
  if (word.gap === null) return true;
  // The gap ends a sentence, then maybe opens a quotation: '. "WALLACE:', '(CROSSTALK.) "WALLACE:'.
  const gap = word.gap.trimEnd();
  const last = gap.endsWith('"') || gap.endsWith('“') ? gap.slice(0, -1).trimEnd() : gap;
  if (last.length === 0) return word.gap.includes('\n');
  return '.!?)"“”'.includes(last.charAt(last.length - 1));
}

function newGroup(kind: EntityKind, span: Span, surname: string, given: string[] = []): Group {
  return { kind, mentions: [span], fullForms: [span], aliases: [], roles: [], given, surname };
}

/** The lower-case given names and the surname key of a name: `split(/\s+/)` without the arrays. */
interface NameParts {
  given: string[];
  surname: string;
}

function nameParts(span: Span): NameParts {
  const text = span.text;
  const given: string[] = [];
  let last: string | undefined;
  let i = 0;
  while (i < text.length) {
    if (isWhiteSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && !isWhiteSpaceCode(text.charCodeAt(end))) end++;
    if (last !== undefined) given.push(last.toLowerCase());
    last = text.slice(i, end);
    i = end;
  }
  return { given, surname: surnameKey(last ?? text) };
}

interface LinkedPeople {
  groups: Group[];
  /**
   * Adds `span` (a surname alone) to the person it names; false when no person has that surname.
   * `surname` is its `surnameKey` when the caller has it already.
   */
  linkSurname(span: Span, surname?: string): boolean;
}

/**
 * The first word of each organisation named in several words ("Peabody" of "Peabody Energy Corp"):
 * a single word with a speech verb that matches one ("Peabody said") is that organisation speaking.
 */
function companyFirstWords(organisations: Group[]): Map<string, Group> {
  const byWord = new Map<string, Group>();
  for (const group of organisations) {
    const name = group.mentions[0]?.text ?? '';
    const first = firstWordOf(name);
    if (first === name || /^(?:the|The)$/.test(first) || first.length < 3) continue;
    const lower = first.toLowerCase();
    if (GENERIC_FIRST_WORDS.has(lower) || knownPlace(first) !== null) continue;
    if (!byWord.has(lower)) byWord.set(lower, group);
  }
  return byWord;
}

/** `name.split(/\s+/)[0]`: the text before the first white space, all of it when there is none. */
function firstWordOf(name: string): string {
  for (let i = 0; i < name.length; i++) if (isWhiteSpaceCode(name.charCodeAt(i))) return name.slice(0, i);
  return name;
}

/** First words shared by many organisations, never a short name for one of them. */
const GENERIC_FIRST_WORDS = wordSet(`
  national american international united first general federal new central royal democratic
  republican islamic popular supreme state european world global north south east west northern
  southern eastern western great free independent people peoples union
`);

/** @param bareSurnames - `surnameKey` of each word of `found.bare` */
function linkPeople(
  found: Candidates,
  organisations: Group[],
  bareSurnames: readonly string[],
): LinkedPeople {
  const groups: Group[] = [];
  const bySurname = new Map<string, Group[]>();
  const full: Candidate[] = [];
  const single: Candidate[] = [];
  // "Hajime\nTamura" from wrapped wire copy is a full name too.
  for (const candidate of found.people) (wordCount(candidate.span.text) > 1 ? full : single).push(candidate);
  // The surnames used alone, asked only about names without evidence: built when first asked.
  let aloneSurnames: Set<string> | undefined;
  const usedAlone = (surname: string): boolean => {
    if (aloneSurnames === undefined) {
      aloneSurnames = new Set<string>(bareSurnames);
      for (const candidate of single) aloneSurnames.add(surnameKey(candidate.span.text));
    }
    return aloneSurnames.has(surname);
  };

  // The parts of the name are worked out once per candidate, by the caller that reads them first.
  const addFull = (candidate: Candidate, { given, surname }: NameParts): void => {
    const namesakes = bySurname.get(surname) ?? [];
    const same = namesakes.find((group) => compatibleGiven(group.given, given));
    const epithet = same ? undefined : epithetOf(namesakes, given);
    if (epithet) {
      // "Crooked Hillary Clinton": a nickname in front of a known full name is a mention of that person.
      const start = candidate.span.start + candidate.span.text.indexOf(' ') + 1;
      epithet.mentions.push({
        start,
        end: candidate.span.end,
        text: candidate.span.text.slice(start - candidate.span.start),
      });
      return;
    }
    if (same) {
      same.mentions.push(candidate.span);
      same.fullForms.push(candidate.span);
      if (given.length > same.given.length) same.given = given;
      same.roles.push(...candidate.roles);
      return;
    }
    const group = newGroup('person', candidate.span, surname, given);
    group.roles.push(...candidate.roles);
    groups.push(group);
    if (namesakes.length === 0) bySurname.set(surname, [group]);
    else namesakes.push(group);
  };
  // Names with evidence first, so that a weak name is kept only when it is a known person's or its
  // surname is used alone elsewhere ("Chelsea Clinton" beside "Clinton said").
  for (const candidate of full) if (candidate.evidence) addFull(candidate, nameParts(candidate.span));
  const lateSurnames: Span[] = [];
  for (const candidate of full) {
    if (candidate.evidence) continue;
    const parts = nameParts(candidate.span);
    const { given, surname } = parts;
    const namesakes = bySurname.get(surname) ?? [];
    const known =
      namesakes.some((group) => compatibleGiven(group.given, given)) || epithetOf(namesakes, given);
    if (known) addFull(candidate, parts);
    else if (namesakes.length > 0 && candidate.sentenceInitial) {
      // "Notice Trump ...": a capitalised sentence opener before a known surname is not a namesake.
      const surnameText = candidate.span.text.split(/\s+/).pop() ?? '';
      const start = candidate.span.end - surnameText.length;
      lateSurnames.push({ start, end: candidate.span.end, text: surnameText });
    } else if (usedAlone(surname)) addFull(candidate, parts);
  }

  for (const group of groups) group.fullForms.sort((a, b) => a.start - b.start);
  const linkSurname = (
    span: Span,
    roles: string[],
    create: boolean,
    surname = surnameKey(span.text),
  ): boolean => {
    const namesakes = bySurname.get(surname);
    const target = namesakes ? pickNamesake(namesakes, span.start) : null;
    if (target) {
      target.mentions.push(span);
      target.roles.push(...roles);
      return true;
    }
    if (!create) return false;
    const group = newGroup('person', span, surname);
    group.roles.push(...roles);
    groups.push(group);
    bySurname.set(surname, [group]);
    return true;
  };
  for (const span of lateSurnames) linkSurname(span, [], false);
  let companies: Map<string, Group> | undefined;
  for (const candidate of single) {
    if (candidate.roles.length === 0) companies ??= companyFirstWords(organisations);
    const company =
      candidate.roles.length === 0 ? companies?.get(candidate.span.text.toLowerCase()) : undefined;
    if (company && !bySurname.has(surnameKey(candidate.span.text))) company.mentions.push(candidate.span);
    else linkSurname(candidate.span, candidate.roles, true);
  }
  return { groups, linkSurname: (span, surname) => linkSurname(span, [], false, surname) };
}

function wordSpan(word: Word): Span {
  return { start: word.start, end: word.end, text: word.text };
}

/** The person whose full given names follow an unknown first word ("Crooked | Hillary Clinton"). */
function epithetOf(namesakes: Group[], given: string[]): Group | undefined {
  const [first, ...rest] = given;
  if (first === undefined || rest.length === 0 || FIRST_NAMES.has(first)) return undefined;
  return namesakes.find((group) => group.given.length > 0 && group.given.join(' ') === rest.join(' '));
}

/**
 * The namesake a surname alone refers to: the first one introduced, unless another was named in full
 * shortly before (within about two sentences).
 */
function pickNamesake(namesakes: Group[], offset: number): Group | null {
  if (namesakes.length === 1) return namesakes[0] ?? null;
  let recent: Group | null = null;
  let recentStart = -1;
  for (const group of namesakes) {
    const form = group.fullForms[firstStartingFrom(group.fullForms, offset) - 1] ?? null;
    if (form && form.start > recentStart) {
      recent = group;
      recentStart = form.start;
    }
  }
  if (recent && offset - recentStart < 400) return recent;
  return namesakes[0] ?? null;
}

/**
 * Given names of one person: equal, an initial ("J." / "John"), one missing, or a spelling variant
 * ("Qassem" / "Qasim": edit distance 2 on names of five letters or more).
 */
export function compatibleGiven(a: string[], b: string[]): boolean {
  const first = a[0];
  const other = b[0];
  if (first === undefined || other === undefined) return true;
  if (first === other) return true;
  const x = withoutFinalDot(first);
  const y = withoutFinalDot(other);
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return true;
  const shorter = Math.min(x.length, y.length);
  const distance = editDistance(x, y);
  return (shorter >= 5 && distance <= 2) || (shorter >= 3 && distance <= 1 && x[0] === y[0]);
}

/** `name.replace(/\.$/, '')`: "J." → "J". */
function withoutFinalDot(name: string): string {
  return name.charCodeAt(name.length - 1) === 46 ? name.slice(0, -1) : name;
}

export function editDistance(a: string, b: string): number {
  // Two rows of the table, swapped after each letter of `a`.
  let previousRow = new Array<number>(b.length + 1);
  let row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(
        (previousRow[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previousRow[j - 1] as number) + cost,
      );
    }
    const done = previousRow;
    previousRow = row;
    row = done;
  }
  return previousRow[b.length] as number;
}

/**
 * `name.replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase()` with straight apostrophes
 * ("Moody’s" and "Moody's" are one), with no copy that changes nothing.
 */
function organisationKey(name: string): string {
  let start = 0;
  if (
    (name.charCodeAt(0) | 32) === 116 &&
    (name.charCodeAt(1) | 32) === 104 &&
    (name.charCodeAt(2) | 32) === 101 &&
    isWhiteSpaceCode(name.charCodeAt(3))
  ) {
    start = 4;
    while (start < name.length && isWhiteSpaceCode(name.charCodeAt(start))) start++;
  }
  const rest = start > 0 ? name.slice(start) : name;
  const key = collapseWhiteSpace(rest).toLowerCase();
  return key.includes('’') ? key.replaceAll('’', "'") : key;
}

function linkOrganisations(found: Candidates): Group[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const candidate of found.organisations) {
    const key = organisationKey(candidate.span.text);
    let group = byKey.get(key);
    if (group) group.mentions.push(candidate.span);
    else {
      group = newGroup('organisation', candidate.span, '');
      byKey.set(key, group);
      groups.push(group);
    }
    if (candidate.acronym && !group.aliases.includes(candidate.acronym.text)) {
      group.aliases.push(candidate.acronym.text);
      group.mentions.push(candidate.acronym);
    }
  }
  return groups;
}

function linkPlaces(places: Candidate[]): Group[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const candidate of places) {
    const key = knownPlace(candidate.span.text) ?? candidate.span.text.toLowerCase();
    let group = byKey.get(key);
    if (group) {
      group.mentions.push(candidate.span);
      group.fullForms.push(candidate.span);
    } else {
      group = newGroup('place', candidate.span, '');
      byKey.set(key, group);
      groups.push(group);
    }
    if (candidate.position && group.position === undefined) group.position = candidate.position;
    if (candidate.acronym && !group.aliases.includes(candidate.acronym.text)) {
      group.aliases.push(candidate.acronym.text);
      group.mentions.push(candidate.acronym);
    }
  }
  return groups;
}

/** The kinds in the order of the entity list. */
const KINDS: readonly EntityKind[] = ['person', 'organisation', 'place'];
const ID_PREFIX: Record<EntityKind, string> = { person: 'p', organisation: 'o', place: 'l' };

interface Mentioned {
  group: Group;
  /** The group's mentions in text order, without overlaps (`dedupeSpans`). */
  mentions: Span[];
}

/** The entities by kind, then by first mention; each kind numbered from 1 in that order. */
function toEntities(groups: Group[]): Entity[] {
  const entities: Entity[] = [];
  for (const kind of KINDS) {
    const ofKind: Mentioned[] = [];
    for (const group of groups) {
      if (group.kind === kind) ofKind.push({ group, mentions: dedupeSpans(group.mentions) });
    }
    // A stable sort: groups first mentioned at one offset stay in the order they were made.
    ofKind.sort((a, b) => firstStartOf(a) - firstStartOf(b));
    for (let i = 0; i < ofKind.length; i++) {
      const { group, mentions } = ofKind[i] as Mentioned;
      entities.push(toEntity(group, mentions, `${ID_PREFIX[kind]}${i + 1}`));
    }
  }
  return entities;
}

function firstStartOf(mentioned: Mentioned): number {
  return mentioned.mentions[0]?.start ?? 0;
}

function toEntity(group: Group, mentions: Span[], id: string): Entity {
  // Names, aliases and roles are written with single spaces; the mentions keep the text as it stands.
  const name = collapseWhiteSpace(fullestForm(group, mentions));
  // Most entities have no alias: their name is lowered, and a set made, only for another form.
  let aliases: Set<string> | undefined;
  let lowerName: string | undefined;
  for (const written of group.aliases) {
    const form = collapseWhiteSpace(written);
    lowerName ??= name.toLowerCase();
    if (form.toLowerCase() === lowerName) continue;
    aliases ??= new Set();
    aliases.add(form);
  }
  // Most mentions repeat the name or the mention before them: those need no new lower case.
  let previousText = name;
  for (const mention of mentions) {
    if (mention.text === previousText || mention.text === name) continue;
    previousText = mention.text;
    const mentionText = collapseWhiteSpace(mention.text);
    lowerName ??= name.toLowerCase();
    if (mentionText.toLowerCase() === lowerName) continue;
    aliases ??= new Set();
    aliases.add(mentionText);
  }
  const roles = group.roles.map(collapseWhiteSpace);
  const entity: Entity = {
    id,
    kind: group.kind,
    name,
    aliases: aliases === undefined ? [] : [...aliases],
    roles: roles.length === 0 ? [] : roles.length === 1 ? [roles[0] as string] : [...new Set(roles)],
    // The spans of the candidates, made for this article alone and `{ start, end, text }` with the
    // text `text.slice(start, end)`, are the mentions: no copy of each.
    mentions,
  };
  if (group.position !== undefined) entity.position = group.position;
  return entity;
}

/** The name with the most words; among equals the first written, and not all capitals ("BAGHDAD"). */
function fullestForm(group: Group, mentions: Span[]): string {
  let best: Span | null = null;
  let bestScore = -1;
  // Both lists are in text order already: a person's full forms are sorted in `linkPeople`, the
  // mentions by `dedupeSpans`.
  const forms = group.kind === 'person' ? group.fullForms : mentions;
  let previousText: string | null = null;
  for (const form of forms) {
    // A repeated form scores as the one before it, and only a higher score wins.
    if (form.text === previousText) continue;
    previousText = form.text;
    if (group.aliases.includes(form.text)) continue;
    const score = wordCount(form.text) * 10 + (hasLowerCase(form.text) ? 5 : 0);
    if (score > bestScore) {
      best = form;
      bestScore = score;
    }
  }
  return best?.text ?? mentions[0]?.text ?? '';
}

function dedupeSpans(spans: Span[]): Span[] {
  if (spans.length === 1) return [spans[0] as Span];
  // Most groups gather their mentions in text order, none inside another: sorted, they stay as they are.
  if (inTextOrderApart(spans)) return spans.slice();
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && span.start < previous.end) continue;
    kept.push(span);
  }
  return kept;
}

/** Each span starts after the one before it has ended: sorting and deduplicating change nothing. */
function inTextOrderApart(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1] as Span;
    const span = spans[i] as Span;
    if (span.start <= previous.start || span.start < previous.end) return false;
  }
  return true;
}
