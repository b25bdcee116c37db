import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../packages/core/src/index.js';
import { COMMON_CAPITALISED, PRONOUNS } from '../../packages/core/src/lexicon/common.js';
import { NATIONALITY_WORDS } from '../../packages/core/src/lexicon/nationalities.js';
import type { Entity } from '../../packages/core/src/types.js';
import { fixturesDir, ratio, readJsonl } from './data.js';
import type { EvalRow, EvalSuite } from './types.js';

const SEED = 'arab-weekly-2020-11-20-baghdad-embassy';

interface GoldenPerson {
  name: string;
  aliases?: string[];
  roles?: { oneOf: string[] };
}

interface GoldenOrganisation {
  name: string;
  aliases?: string[];
}

interface PolnearRecord {
  id: string;
  text: string;
  publication_date?: string;
  attributions: Array<{ source: { spans: Array<[number, number]>; text: string } | null }>;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function findByName(entities: Entity[], kind: Entity['kind'], name: string): Entity | undefined {
  return entities.find(
    (entity) =>
      entity.kind === kind && (same(entity.name, name) || entity.aliases.some((alias) => same(alias, name))),
  );
}

function seedRows(): EvalRow[] {
  const dir = fixturesDir();
  const text = readFileSync(join(dir, `${SEED}.txt`), 'utf8');
  const golden = JSON.parse(readFileSync(join(dir, `${SEED}.expected.json`), 'utf8')) as {
    expected: {
      people: GoldenPerson[];
      organisations: GoldenOrganisation[];
      places: string[];
      published: string;
    };
  };
  const { people, organisations, places } = golden.expected;
  const entities = parseArticle(text, { published: golden.expected.published }).entities;

  let peopleFound = 0;
  let peopleComplete = 0;
  for (const person of people) {
    const entity = findByName(entities, 'person', person.name);
    if (!entity) continue;
    peopleFound++;
    const aliasesOk = (person.aliases ?? []).every((alias) =>
      entity.aliases.some((found) => same(found, alias)),
    );
    const roleOk =
      !person.roles ||
      person.roles.oneOf.some((role) =>
        entity.roles.some((found) => found.toLowerCase().includes(role.toLowerCase())),
      );
    if (aliasesOk && roleOk) peopleComplete++;
  }
  let organisationsComplete = 0;
  for (const organisation of organisations) {
    const entity = findByName(entities, 'organisation', organisation.name);
    if (
      entity &&
      (organisation.aliases ?? []).every((alias) => entity.aliases.some((found) => same(found, alias)))
    ) {
      organisationsComplete++;
    }
  }
  const placesFound = places.filter((place) => findByName(entities, 'place', place)).length;
  const personCount = entities.filter((entity) => entity.kind === 'person').length;
  const dataset = 'seed article';
  return [
    {
      dataset,
      field: 'people found (name)',
      value: ratio(peopleFound, people.length),
      n: people.length,
      goal: 1,
    },
    {
      dataset,
      field: 'people with alias and role',
      value: ratio(peopleComplete, people.length),
      n: people.length,
      goal: 1,
    },
    {
      dataset,
      field: 'organisations with acronym',
      value: ratio(organisationsComplete, organisations.length),
      n: organisations.length,
      goal: 1,
    },
    { dataset, field: 'places found', value: ratio(placesFound, places.length), n: places.length, goal: 1 },
    { dataset, field: 'people extracted', value: personCount, n: 1, goal: 12, lowerIsBetter: true },
  ];
}

const NAME_CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'al',
  'bin',
  'de',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'da',
]);

/**
 * A source written as a name: capitalised words ("Trump", "Mr. Obama", "Republican nominee Donald
 * Trump" is not: it has a lower-case role), not a pronoun or a group ("He", "Republicans", "Officials").
 */
export function looksLikeName(source: string): boolean {
  const words = source
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[,.’'"“”]+(?:s\b)?/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words[0] !== undefined && same(words[0], 'the')) words.shift();
  const head = words[0];
  if (!head || words.length > 6) return false;
  const lower = head.toLowerCase();
  if (PRONOUNS.has(lower) || COMMON_CAPITALISED.has(lower) || NATIONALITY_WORDS.has(lower)) return false;
  if (
    words.length === 1 &&
    /s$/.test(head) &&
    !/ss$/.test(head) &&
    head === head[0] + head.slice(1).toLowerCase()
  ) {
    // "Lawmakers", "Democrats": a capitalised plural is a group, not a name; "Sanders" and "Reuters"
    // are the exceptions this check gives up.
    if (/(?:ers|ans|ats|ists|ics|ies)$/.test(head)) return false;
  }
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_CONNECTORS.has(word));
}

interface SampledPerson {
  record: string;
  entity: Entity;
  context: string;
}

function polnearRows(dataDir: string, sample: SampledPerson[]): EvalRow[] {
  const rows: EvalRow[] = [];
  const files: Array<[string, string]> = [
    ['polnear dev', 'polnear/polnear_dev.jsonl'],
    ['polnear train', 'polnear/polnear_train_part1.jsonl'],
  ];
  for (const [dataset, file] of files) {
    const path = join(dataDir, file);
    if (!existsSync(path)) continue;
    const records = readJsonl<PolnearRecord>(path);
    let named = 0;
    let inPerson = 0;
    let inEntity = 0;
    let people = 0;
    let articles = 0;
    const started = performance.now();
    for (const record of records) {
      const entities = parseArticle(
        record.text,
        record.publication_date ? { published: record.publication_date.slice(0, 10) } : {},
      ).entities;
      articles++;
      const persons = entities.filter((entity) => entity.kind === 'person');
      people += persons.length;
      if (dataset === 'polnear dev') {
        for (const entity of persons) {
          const first = entity.mentions[0];
          if (!first) continue;
          const context = record.text
            .slice(Math.max(0, first.start - 60), first.end + 40)
            .replace(/\s+/g, ' ');
          sample.push({ record: record.id, entity, context });
        }
      }
      for (const attribution of record.attributions) {
        const source = attribution.source;
        if (!source || source.spans.length === 0 || !looksLikeName(source.text)) continue;
        named++;
        const start = Math.min(...source.spans.map((span) => span[0]));
        const end = Math.max(...source.spans.map((span) => span[1]));
        const covering = entities.filter((entity) =>
          entity.mentions.some((mention) => mention.start < end && start < mention.end),
        );
        if (covering.some((entity) => entity.kind === 'person')) inPerson++;
        if (covering.some((entity) => entity.kind !== 'place')) inEntity++;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const note = `${articles} articles, ${(people / Math.max(1, articles)).toFixed(1)} people per article, ${seconds.toFixed(1)} s`;
    rows.push(
      {
        dataset,
        field: 'named sources in a person or organisation mention',
        value: ratio(inEntity, named),
        n: named,
        note,
      },
      { dataset, field: 'named sources in a person mention', value: ratio(inPerson, named), n: named },
    );
  }
  return rows;
}

/** A small seeded generator, so the sample printed for hand checking is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const entitiesSuite: EvalSuite = {
  name: 'entities',
  run(dataDir: string): EvalRow[] {
    const sample: SampledPerson[] = [];
    const rows = [...seedRows(), ...polnearRows(dataDir, sample)];
    if (process.env.NEWSPARSE_EVAL_VERBOSE === '1' && sample.length > 0) {
      const random = seededRandom(4);
      const picked = new Set<number>();
      while (picked.size < Math.min(30, sample.length)) picked.add(Math.floor(random() * sample.length));
      console.log('\nentities: 30 person entities from polnear dev, for checking precision by hand');
      for (const index of picked) {
        const { record, entity, context } = sample[index] as SampledPerson;
        console.log(
          `- ${entity.name} | roles: ${entity.roles.join(' / ') || '-'} | ${entity.mentions.length} mentions | ${record}\n    …${context}…`,
        );
      }
    }
    return rows;
  },
};
