import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The benchmark's texts. Synthetic articles come from a seeded PRNG over templates written for this
 * bench (invented places, people and groups), so every run parses the same text and numbers compare
 * across commits. Real texts are read from ../shared/eval at run time when that folder exists; they
 * are never copied into the repo.
 */

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const CITIES = [
  'PORT ALDER',
  'KESSELTON',
  'MARAVEL',
  'NORTH QUILL',
  'SANTA ORLA',
  'BRENNHOLM',
  'TAL KHERIM',
  'OSVANA',
  'LUMEN BAY',
  'DRAVICA',
];
const REGIONS = ['the eastern province', 'the coastal region', 'the northern highlands', 'the river valley'];
const AGENCIES = ['Meridian Press', 'Northwire', 'AP', 'Reuters', 'AFP'];
const FIRST_NAMES = ['Amira', 'Tomas', 'Lena', 'Idris', 'Marta', 'Kofi', 'Yara', 'Petr', 'Sanna', 'Rafael'];
const LAST_NAMES = [
  'Castell',
  'Ruel',
  'Marchetti',
  'Okonjo',
  'Halvorsen',
  'Demir',
  'Varga',
  'Lindqvist',
  'Aziz',
];
const TITLES = ['Governor', 'Interior Minister', 'police chief', 'spokesman', 'Mayor', 'army commander'];
const GROUPS = [
  'the Coastal Dawn Brigades',
  'the Northern Liberation Front',
  'the Red Harbour Movement',
  'the Sons of the Valley',
];
const WEAPONS = ['rockets', 'a car bomb', 'gunmen', 'a roadside bomb', 'drones', 'mortar shells'];
const TARGETS = [
  'a fuel depot',
  'a police station',
  'a crowded market',
  'an army checkpoint',
  'a bus station',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'dozens of'];
const VICTIMS = ['people', 'civilians', 'police officers', 'soldiers', 'workers', 'children'];
const BACKGROUND = [
  'The area has seen repeated attacks since the ceasefire collapsed two years ago.',
  'Residents said electricity and water had been cut across several districts.',
  'The government has promised to rebuild the damaged buildings before the winter.',
  'Analysts said the timing suggested an attempt to derail the peace talks planned for next month.',
  'Schools in the district were closed and roads leading to the site were blocked by troops.',
  'Hospitals appealed for blood donors as families gathered outside the emergency ward.',
  'The province has been under a state of emergency since the spring, when protests turned violent.',
  'Trade through the harbour, the main route for fuel and grain, was suspended until further notice.',
];

const SYLLABLES = [
  'ka',
  'ren',
  'dol',
  'mi',
  'sha',
  'vek',
  'tor',
  'lin',
  'ab',
  'usz',
  'oro',
  'fel',
  'din',
  'ya',
];

/**
 * A name nobody has used before ("Vektorlin"), so the corpus keeps meeting new words the way a news
 * feed does: a cache keyed by word would grow here and show up in the memory bench.
 */
function coinedName(random: Random): string {
  let name = '';
  for (let i = between(random, 2, 4); i > 0; i--) name += pick(random, SYLLABLES);
  return `${name[0]?.toUpperCase()}${name.slice(1)}`;
}

function person(random: Random) {
  const last = random() < 0.5 ? pick(random, LAST_NAMES) : coinedName(random);
  return `${pick(random, FIRST_NAMES)} ${last}`;
}

/** One article of roughly `targetLength` characters (at least the core story, ~1.2 KB). */
export function syntheticArticle(random: Random, targetLength = 2500): string {
  const city = pick(random, CITIES);
  const cityName = titleCase(city);
  const agency = pick(random, AGENCIES);
  const day = pick(random, DAYS);
  const month = pick(random, MONTHS);
  const date = between(random, 1, 28);
  const year = between(random, 2015, 2026);
  const killed = between(random, 2, 60);
  const injured = killed + between(random, 0, 80);
  const group = pick(random, GROUPS);
  const weapon = pick(random, WEAPONS);
  const target = pick(random, TARGETS);
  const official = person(random);
  const officialTitle = pick(random, TITLES);
  const witness = person(random);
  const author = person(random);
  const victims = pick(random, VICTIMS);
  const lines = [
    `${weapon[0]?.toUpperCase()}${weapon.slice(1)} hit ${target} in ${cityName}, killing ${killed}`,
    '',
    `Officials in ${pick(random, REGIONS)} blame ${group} for the deadliest attack this year.`,
    `Published: ${day} ${date}/${MONTHS.indexOf(month) + 1}/${year}`,
    `By ${author}`,
    '',
    `${city} (${agency}) — At least ${killed} ${victims} were killed and ${injured} others wounded when ${weapon} struck ${target} in ${cityName} on ${day}, the health ministry said.`,
    '',
    `“This was a cowardly attack on people who had done nothing but go to work,” said ${officialTitle} ${official}, who visited the site on ${day} evening. “Those responsible will be found.”`,
    '',
    `${group[0]?.toUpperCase()}${group.slice(1)} claimed responsibility for the attack in a statement posted online, according to ${witness}, a local journalist.`,
    '',
    `${official.split(' ')[1]} said ${pick(random, NUMBER_WORDS)} of the wounded were in a critical condition and that the toll could rise.`,
  ];
  let text = lines.join('\n');
  while (text.length < targetLength) {
    const roll = random();
    if (roll < 0.5) text += `\n\n${pick(random, BACKGROUND)} ${pick(random, BACKGROUND)}`;
    else if (roll < 0.75) {
      text += `\n\n"We heard ${pick(random, NUMBER_WORDS)} explosions and then the windows broke," said ${person(random)}, who lives nearby. "Nobody came to help for an hour."`;
    } else {
      text += `\n\nOn ${month} ${between(random, 1, 28)}, ${pick(random, NUMBER_WORDS)} ${pick(random, VICTIMS)} were killed in a similar attack on ${pick(random, TARGETS)} in ${pick(random, CITIES).toLowerCase()}, ${pick(random, GROUPS).replace('the ', 'a group calling itself the ')} said.`;
    }
  }
  return `${text}\n`;
}

/** `count` distinct synthetic articles, the same for the same seed. */
export function syntheticCorpus(count: number, seed = 1, targetLength = 2500): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    syntheticArticle(random, Math.round(targetLength * (0.5 + random()))),
  );
}

/** A text of exactly `length` characters made of whole synthetic articles (the last one cut). */
export function syntheticText(length: number, seed = 7): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    const article = syntheticArticle(random, 3000);
    parts.push(article, '\n');
    total += article.length + 1;
  }
  return parts.join('').slice(0, length);
}

export interface EvalTexts {
  /** Where they came from, for the report. */
  source: string;
  texts: string[];
}

/**
 * The article texts of ../shared/eval, in file order (deterministic), when the folder is there.
 * Set NEWSPARSE_EVAL_DIR to read another copy.
 */
export function evalTexts(repoRoot: string, limit: number): EvalTexts | null {
  const dir = process.env.NEWSPARSE_EVAL_DIR ?? join(repoRoot, '..', 'shared', 'eval');
  const files = [
    'polnear/polnear_dev.jsonl',
    'reuters21578/reuters_dev.jsonl',
    'casualties/wiki_terror_incidents.jsonl',
    'polnear/polnear_train_part1.jsonl',
  ];
  const perFile: string[][] = [];
  for (const file of files) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const texts: string[] = [];
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { text?: unknown };
      if (typeof record.text === 'string' && record.text.length > 0) texts.push(record.text);
    }
    perFile.push(texts);
  }
  if (perFile.length === 0) return null;
  // Interleave the sources so any prefix mixes long political stories, wire briefs and short reports.
  const texts: string[] = [];
  for (let i = 0; texts.length < limit; i++) {
    let added = false;
    for (const list of perFile) {
      const text = list[i];
      if (text !== undefined && texts.length < limit) {
        texts.push(text);
        added = true;
      }
    }
    if (!added) break;
  }
  return { source: `${dir} (${files.filter((f) => existsSync(join(dir, f))).join(', ')})`, texts };
}

const QUESTION_TEMPLATES: Array<(random: Random) => string> = [
  (random) => `How many people were killed in ${titleCase(pick(random, CITIES))}?`,
  (random) => `How many were injured when ${pick(random, WEAPONS)} hit ${pick(random, TARGETS)}?`,
  (random) => `Who claimed responsibility for the attack on ${pick(random, TARGETS)}?`,
  (random) => `What did ${pick(random, TITLES)} ${pick(random, LAST_NAMES)} say?`,
  (random) => `Who wrote the story about ${titleCase(pick(random, CITIES))}?`,
  (random) => `Where was the story about ${pick(random, TARGETS)} filed from?`,
  (random) => `Who is the leader of ${pick(random, GROUPS)}?`,
  (random) => `When did ${pick(random, WEAPONS)} strike ${titleCase(pick(random, CITIES))}?`,
  () => 'Who denied involvement in the bombing of the opera house in Zarnow?',
];

function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Questions of every kind qa answers, about the synthetic corpus (some deliberately unanswerable). */
export function benchQuestions(count: number, seed = 5): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => pick(random, QUESTION_TEMPLATES)(random));
}
