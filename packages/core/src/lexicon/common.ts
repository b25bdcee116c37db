import { wordSet } from './words.js';

export const FULL_MONTH_NAMES = wordSet(`
  january february march april may june july august september october november december
`);

export const MONTHS: ReadonlySet<string> = new Set([
  ...FULL_MONTH_NAMES,
  ...wordSet('jan feb mar apr jun jul aug sep sept oct nov dec'),
]);

export const WEEKDAYS = wordSet(`monday tuesday wednesday thursday friday saturday sunday`);

export const PRONOUNS = wordSet(`
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  who whom whose which that this these those there here what someone somebody anyone everyone nobody
`);

/** "I'm", "we’ve", "they'll": a pronoun and its verb written as one word, with either apostrophe. */
export const PRONOUN_CONTRACTIONS: ReadonlySet<string> = new Set(
  [
    "i'm",
    "i've",
    "i'll",
    "i'd",
    "we're",
    "we've",
    "we'll",
    "we'd",
    "you're",
    "you've",
    "you'll",
    "you'd",
    "they're",
    "they've",
    "they'll",
    "they'd",
    "he's",
    "he'll",
    "he'd",
    "she's",
    "she'll",
    "she'd",
    "it's",
    "it'll",
    "that's",
    "there's",
    "let's",
  ].flatMap((word) => [word, word.replace("'", '’')]),
);

/**
 * Capitalised words that are common nouns or function words, seen at the start of sentences or in
 * headline case; they never begin (or make up) a name: "Sources close to ...", "Officials said",
 * "Observers say".
 */
export const COMMON_CAPITALISED = wordSet(`
  a an the this that these those there then than but and or nor so yet for of in on at by to from with
  as if when while where after before since until because although though however meanwhile moreover
  also still even just only not no yes all any some many much more most few several each every both
  other others another such according asked earlier later last next first second third new old
  today yesterday tomorrow tonight now recently currently previously eventually finally
  instead sure indeed thus hence otherwise besides overall regardless nonetheless
  nevertheless ultimately additionally significantly importantly notably similarly likewise
  consequently accordingly fortunately unfortunately clearly obviously
  sources source officials official observers analysts critics experts residents witnesses police
  authorities protesters demonstrators bloggers voters supporters opponents lawmakers politicians
  militants militias militia fighters troops soldiers forces rebels leaders members people citizens
  civilians families reporters journalists investigators prosecutors doctors medics rescuers
  workers students teachers parents children women men many several dozens hundreds thousands
  aides advisers advisors brokers traders dealers bankers economists investors diplomats markets
  projections estimates forecasts
  poll polls report reports study survey statement data research ad ads campaign government
  mr mrs ms dr sir his her their its our my your
  read click share watch listen follow subscribe photo video update updated editor note
  breaking exclusive analysis opinion comment
  god allah
  against about into over under through between among without within during across despite toward towards
  upon onto amid via per unlike like
`);
