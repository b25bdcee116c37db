import { wordTable } from './word-table.js';

/**
 * Verbs that report speech: "Zebari said", "the spokesman told Reuters", "observers say". Keyed by the
 * lemma wink-nlp gives, so every inflection ("says", "saying", "has said") is one entry. Belief and
 * perception verbs ("believes", "found", "shows") are left out on purpose: "a poll shows" is not
 * someone speaking.
 */
export const REPORTING_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'warn',
  'deny',
  'insist',
  'claim',
  'state',
  'argue',
  'note',
  'explain',
  'announce',
  'ask',
  'urge',
  'write',
  'tweet',
  'report',
  'acknowledge',
  'admit',
  'concede',
  'confirm',
  'declare',
  'respond',
  'reply',
  'recall',
  'stress',
  'emphasize',
  'emphasise',
  'pledge',
  'vow',
  'promise',
  'predict',
  'complain',
  'mention',
  'suggest',
  'allege',
  'assert',
  'contend',
  'reiterate',
  'remark',
  'testify',
  'disclose',
  'reveal',
  'quip',
  'joke',
  'boast',
  'lament',
  'caution',
  'demand',
  'counter',
  'hint',
  'threaten',
  'concur',
  'affirm',
  'inform',
  'advise',
  'comment',
  'describe',
  'continue',
]);

/** How a verb of `QUOTED_ONLY_LEMMAS` reaches the quotation it reports. */
export interface QuotedOnlyVerb {
  /** The word just before a quotation that follows the verb: "described … as “…”", "continued: “…”". */
  joinedBy: readonly string[];
  /**
   * The verb reports only a quotation right beside it: one opening just after the joining word that
   * follows the verb ("continued: “…”"), or one just before it ("“…,” she continued").
   */
  besideOnly: boolean;
}

/**
 * Verbs that attribute only the words quoted with them: "which union leader Petra Holm described as
 * “an open door”" gives Holm the quote, but "described the plan as costly" reports no words of hers;
 * "Ruiz continued: “…”" reports, "the fighting continued into the night" does not.
 */
export const QUOTED_ONLY_LEMMAS: ReadonlyMap<string, QuotedOnlyVerb> = new Map([
  ['describe', { joinedBy: ['as'], besideOnly: false }],
  ['continue', { joinedBy: [':', ','], besideOnly: true }],
]);

/**
 * Verbs that report speech only with their particle: "called on the government to ...", "called for
 * calm", "pointed out that ..." ("called him a liar" and "pointed at the map" are not reports).
 */
export const REPORTING_PHRASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['call', ['on', 'for']],
  ['point', ['out']],
  ['accord', ['to']],
  ['speak', ['of', 'about']],
]);

/**
 * Verbs whose object names the listener, not what was said: "told Reuters that ...", "urged the
 * government to ...". The content starts after the listener.
 */
export const LISTENER_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'tell',
  'warn',
  'urge',
  'ask',
  'inform',
  'advise',
  'assure',
  'remind',
  'call',
]);

/**
 * Verbs whose report can be a bare noun phrase: "called for the repeal of the law", "promised lower
 * taxes", "urged restraint". Other verbs need a clause ("denied it was involved"): "claimed
 * responsibility" and "explained the details" report no words.
 */
export const NOUN_REPORT_LEMMAS: ReadonlySet<string> = new Set([
  'call',
  'urge',
  'promise',
  'pledge',
  'vow',
  'demand',
  'ask',
  'acknowledge',
  'mention',
  'warn',
  'threaten',
]);

/**
 * Verbs that never take a noun phrase as their report: whatever follows "said" or "insisted" is what
 * was said, even when it opens with a list ("said single people and families - gay, straight - would
 * qualify").
 */
export const CLAUSE_REPORT_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'add',
  'insist',
  'argue',
  'contend',
  'assert',
  'tell',
  'reply',
  'quip',
  'joke',
  'boast',
]);

/** Irregular past forms of the reporting verbs, for matching text that has no lemma. */
const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = wordTable({
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
});

/** "say" → say, says, said, saying; "deny" → deny, denies, denied, denying. */
export function inflections(lemma: string): string[] {
  const forms = [lemma, ...(IRREGULAR_FORMS[lemma] ?? [])];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (lemma.endsWith('e')) {
    forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/(?:sh?|ch|x|z)$/.test(lemma)) {
    forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  } else {
    const doubled = /^(?:quip|vow)$/.test(lemma) ? `${lemma}${lemma.slice(-1)}` : lemma;
    forms.push(`${lemma}s`, `${doubled}ed`, `${doubled}ing`);
  }
  return forms;
}

let formIndex: Map<string, string> | null = null;

/** The lemma of an inflected reporting verb ("warned" → "warn"), or null. */
export function reportingLemmaOf(word: string): string | null {
  if (!formIndex) {
    formIndex = new Map();
    for (const lemma of [...REPORTING_VERB_LEMMAS, ...REPORTING_PHRASES.keys()]) {
      for (const form of inflections(lemma)) formIndex.set(form, lemma);
    }
  }
  // Every key is lower case: a word already in lower case (most are) needs no copy.
  return formIndex.get(word) ?? formIndex.get(word.toLowerCase()) ?? null;
}

/**
 * True when an attribution cue as written ("has said", "told", "according to", "called on") reports
 * speech in words of its own (not "described as", which reports only the quoted words). Used to score recall only on attributions a quote extractor should find.
 */
export function isSpeechCue(cue: string): boolean {
  const words = cue.toLowerCase().match(/[a-z]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const lemma = reportingLemmaOf(words[i] as string);
    if (!lemma || QUOTED_ONLY_LEMMAS.has(lemma)) continue;
    const particles = REPORTING_PHRASES.get(lemma);
    if (!particles || particles.includes(words[i + 1] ?? '')) return true;
  }
  return false;
}
