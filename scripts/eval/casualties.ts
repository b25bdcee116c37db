import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, isValidSpan, parseArticle, perpetratorOf } from '../../packages/core/src/index.js';
import { fixturesDir, ratio, readJsonl } from './data.js';
import type { EvalRow, EvalSuite } from './types.js';

interface IncidentRecord {
  id: string;
  text: string;
  year: number;
  killed: number | null;
  injured: number | null;
  perpetrator: string | null;
  killed_stated_in_text: boolean;
  injured_stated_in_text: boolean;
  claim_language_in_text: boolean;
}

const DATASET = 'wiki terror incidents';

/**
 * Rows whose text says that no one claimed the attack. A plain pattern, independent of the claims
 * parser, so the figure measures the parser rather than agreeing with itself.
 */
/** Rows whose text states a responsibility claim, by a plain pattern independent of the parser. */
const SAYS_CLAIMED =
  /\b(?:claim(?:ed|s)?|took|takes) responsibility\b|\bclaimed by\b|\bclaimed the (?:attack|bombing)/i;

const SAYS_UNCLAIMED =
  /\b(?:no (?:group|one|organi[sz]ation)|nobody)\b[^.]{0,40}\bclaim|\bno (?:immediate )?claim of responsibility|\bnot (?:yet )?been claimed/i;

/** Lower case, letters and digits only, without "the" and bracketed acronyms. */
function normaliseName(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0 && word !== 'the');
}

/** Names of one organisation that share no word: the Islamic State's acronyms. */
const SAME_ORGANISATION: Readonly<Record<string, string>> = {
  isis: 'islamic state',
  isil: 'islamic state',
  daesh: 'islamic state',
  is: 'islamic state',
};

const CONNECTORS = new Set(['al', 'el', 'ul', 'i', 'e', 'de', 'del', 'la', 'of', 'and', 'wal', 'bin']);

function initials(name: string): string {
  const words = normaliseName(name).filter((word) => !CONNECTORS.has(word));
  return words.length >= 2 ? words.map((word) => word.charAt(0)).join('') : '';
}

function compact(name: string): string {
  return normaliseName(name).join('');
}

function canonical(words: string[]): string[] {
  const joined = words.join(' ');
  const alias = SAME_ORGANISATION[joined];
  return alias ? alias.split(' ') : words;
}

/**
 * The perpetrator label may be spelled differently from the text ("Al Shabaab" / "Al-Shabaab",
 * "Islamic State" / "Islamic State of Iraq and the Levant (ISIL)"): a match is containment either way
 * or a token overlap of at least half of the longer name.
 */
export function sameActor(predicted: string, label: string): boolean {
  // "PKK" for "Kurdistan Workers' Party (PKK)": the label's bracketed acronym is one of its spellings.
  const acronym = /\(([^)]+)\)/.exec(label)?.[1];
  if (acronym && normaliseName(acronym).join(' ') === normaliseName(predicted).join(' ')) return true;
  // "BRAS" for "Baloch Raji Ajoi Sangar", "MRP" for "Movimiento Revolucionario del Pueblo".
  if (initials(predicted) === compact(label) || initials(label) === compact(predicted)) return true;
  const a = canonical(normaliseName(predicted));
  const b = canonical(normaliseName(label));
  if (a.length === 0 || b.length === 0) return false;
  const joinedA = a.join(' ');
  const joinedB = b.join(' ');
  if (joinedA.includes(joinedB) || joinedB.includes(joinedA)) return true;
  const setB = new Set(b);
  const shared = a.filter((word) => setB.has(word)).length;
  return shared / Math.max(a.length, b.length) >= 0.5;
}

/** The first organisation (or person) that claimed the attack: "who claimed responsibility". */
function claimantOf(article: Article): string | null {
  return article.claims.find((item) => item.kind === 'claimed' && item.actor !== null)?.actor?.name ?? null;
}

/** Every word of the label occurs in the text: the text could name the perpetrator without a claim. */
function labelInText(label: string, text: string): boolean {
  const words = new Set(normaliseName(text));
  const wanted = normaliseName(label);
  return wanted.length > 0 && wanted.every((word) => words.has(word));
}

function allSpansValid(article: Article): boolean {
  const spans = [
    ...article.casualties.map((item) => item.span),
    ...article.claims.flatMap((item) => (item.actor ? [item.span, item.actor.span] : [item.span])),
    ...article.events.flatMap((item) => (item.attacker ? [item.span, item.attacker.span] : [item.span])),
    ...article.toll.evidence,
  ];
  return spans.every((span) => isValidSpan(article.text, span));
}

const verbose = process.env.NEWSPARSE_EVAL_VERBOSE === '1';

function miss(field: string, record: IncidentRecord, expected: unknown, got: unknown): void {
  if (verbose)
    console.error(
      `[${field}] ${record.id} expected ${String(expected)} got ${String(got)}\n    ${record.text}`,
    );
}

export const casualtiesSuite: EvalSuite = {
  name: 'casualties',
  run(dataDir) {
    const records = readJsonl<IncidentRecord>(join(dataDir, 'casualties/wiki_terror_incidents.jsonl'));
    type Tally = [hits: number, total: number];
    const tally: Record<string, Tally> = {
      killedStated: [0, 0],
      killedOther: [0, 0],
      injuredStated: [0, 0],
      injuredOther: [0, 0],
      perpetrator: [0, 0],
      claimantWithClaim: [0, 0],
      perpetratorWithoutLanguage: [0, 0],
      claimWithoutLanguage: [0, 0],
      unclaimed: [0, 0],
      falseUnclaimed: [0, 0],
      validSpans: [0, 0],
    };
    const count = (key: string, hit: boolean) => {
      const entry: Tally = tally[key] ?? [0, 0];
      tally[key] = entry;
      entry[0] += hit ? 1 : 0;
      entry[1] += 1;
    };
    for (const record of records) {
      // No publication date: these reports are undated summaries, written well after the events.
      const article = parseArticle(record.text);
      count('validSpans', allSpansValid(article));
      if (record.killed !== null) {
        const hit = article.toll.killed === record.killed;
        count(record.killed_stated_in_text ? 'killedStated' : 'killedOther', hit);
        if (!hit && record.killed_stated_in_text) miss('killed', record, record.killed, article.toll.killed);
      }
      if (record.injured !== null) {
        const hit = article.toll.injured === record.injured;
        count(record.injured_stated_in_text ? 'injuredStated' : 'injuredOther', hit);
        if (!hit && record.injured_stated_in_text)
          miss('injured', record, record.injured, article.toll.injured);
      }
      if (record.claim_language_in_text && record.perpetrator) {
        const actor = perpetratorOf(article)?.actor.name ?? null;
        const hit = actor !== null && sameActor(actor, record.perpetrator);
        count('perpetrator', hit);
        if (!hit) miss('perpetrator', record, record.perpetrator, actor);
        if (SAYS_CLAIMED.test(record.text)) {
          const claimant = claimantOf(article);
          const claimantHit = claimant !== null && sameActor(claimant, record.perpetrator);
          count('claimantWithClaim', claimantHit);
          if (!claimantHit) miss('claimant', record, record.perpetrator, claimant);
        }
      }
      if (
        !record.claim_language_in_text &&
        record.perpetrator &&
        labelInText(record.perpetrator, record.text)
      ) {
        const actor = perpetratorOf(article)?.actor.name ?? null;
        const hit = actor !== null && sameActor(actor, record.perpetrator);
        count('perpetratorWithoutLanguage', hit);
        if (!hit) miss('perpetrator without claim language', record, record.perpetrator, actor);
      }
      if (!record.claim_language_in_text) {
        count(
          'claimWithoutLanguage',
          article.claims.some((claim) => claim.kind === 'claimed'),
        );
      }
      const saysUnclaimed = SAYS_UNCLAIMED.test(record.text);
      const foundUnclaimed = article.claims.some((claim) => claim.kind === 'unclaimed');
      if (saysUnclaimed) {
        count('unclaimed', foundUnclaimed);
        if (!foundUnclaimed) miss('unclaimed', record, 'unclaimed', 'none');
      } else {
        count('falseUnclaimed', foundUnclaimed);
        if (foundUnclaimed) miss('false unclaimed', record, 'none', 'unclaimed');
      }
    }
    const row = (field: string, counts: Tally | undefined, extra: Partial<EvalRow> = {}): EvalRow => {
      const [hits, total] = counts ?? [0, 0];
      return { dataset: DATASET, field, value: ratio(hits, total), n: total, ...extra };
    };
    const rows: EvalRow[] = [
      row('toll killed exact (stated in text)', tally.killedStated, { goal: 0.9 }),
      row('toll killed exact (not stated in text)', tally.killedOther, {
        note: 'labels from a table; reported apart',
      }),
      row('toll injured exact (stated in text)', tally.injuredStated, { goal: 0.85 }),
      row('toll injured exact (not stated in text)', tally.injuredOther, { note: 'reported apart' }),
      row('perpetrator (rows with claim language)', tally.perpetrator, { goal: 0.9 }),
      row('claimant (rows whose text states a claim)', tally.claimantWithClaim, {
        note: 'the first claimed actor; the label is sometimes the attacker while the text names the claimant',
      }),
      row('perpetrator (rows without claim language, label in text)', tally.perpetratorWithoutLanguage, {
        note: 'for information: the text names the perpetrator without a claim',
      }),
      row('"claimed" found on rows without claim language', tally.claimWithoutLanguage, {
        lowerIsBetter: true,
      }),
      row('"no group claimed" recognised', tally.unclaimed, { goal: 0.95 }),
      row('"unclaimed" where the text does not say so', tally.falseUnclaimed, { lowerIsBetter: true }),
      row('valid spans (casualties, claims, events)', tally.validSpans, { goal: 1 }),
    ];
    rows.push(...seedRows());
    return rows;
  },
};

function seedRows(): EvalRow[] {
  const text = readFileSync(join(fixturesDir(), 'arab-weekly-2020-11-20-baghdad-embassy.txt'), 'utf8');
  const article = parseArticle(text, { published: '2020-11-20' });
  const sixKilled = article.casualties.find((item) => item.kind === 'killed' && item.count === 6);
  const checks: Array<[string, boolean]> = [
    ['toll killed 6', article.toll.killed === 6],
    [
      'killed 6: who civilians, including a child',
      /civilians/i.test(sixKilled?.who ?? '') && /child/i.test(sixKilled?.including ?? ''),
    ],
    ['toll injured null', article.toll.injured === null],
    [
      'claim by Ahl al-Kahf for the Tuesday attacks',
      article.claims.some(
        (claim) =>
          claim.kind === 'claimed' &&
          /Ahl al-Kahf/i.test(claim.actor?.name ?? '') &&
          /Tuesday attacks/i.test(claim.event ?? ''),
      ),
    ],
    [
      'denial by the militias',
      article.claims.some((claim) => claim.kind === 'denied' && /militias/i.test(claim.actor?.name ?? '')),
    ],
    [
      'event: seven missiles against the US Embassy',
      article.events.some(
        (event) =>
          event.count === 7 &&
          /US Embassy/i.test(event.target ?? '') &&
          /rocket|missile/i.test(event.weapon ?? ''),
      ),
    ],
    ['valid spans', allSpansValid(article)],
  ];
  return checks.map(([field, ok]) => ({ dataset: 'seed article', field, value: ok ? 1 : 0, n: 1, goal: 1 }));
}
