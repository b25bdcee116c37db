/**
 * A piece of the input text: `text === input.slice(start, end)`, offsets in UTF-16 code units.
 * Every value newsparse extracts carries one, so a reader can always see the evidence.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The publication date, from a date line in the text or from `options.published`. */
export interface PublishedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` (24 h) when the date line prints a time. */
  time: string | null;
  /** The date line as printed; `null` when the date came from `options.published` alone. */
  span: Span | null;
  source: 'text' | 'option';
}

/** A photo caption, with the credit printed after it ("(REUTERS)", "Photo: AFP", "AP Photo/Name"). */
export interface Caption {
  /** The caption's words, without the credit. */
  text: Span;
  credit: string | null;
  /** The whole caption line, credit included. */
  span: Span;
}

export type BylineRole = 'author' | 'reporting' | 'writing' | 'editing' | 'photos' | 'contributing';

export interface BylineAuthor {
  name: string;
  role: BylineRole;
  span: Span;
}

/** Who wrote the story: "By Janie Gabbett, Reuters", "Reporting by A; Editing by B". */
export interface Byline {
  authors: BylineAuthor[];
  /** News agencies credited ("Reuters", "The Associated Press"). */
  agencies: string[];
  span: Span;
}

/** Where (and when) the story was filed: "KATHMANDU, April 25 (Reuters) -". */
export interface Dateline {
  /** The city as printed ("HOUSTON", "MEXICO CITY"). */
  place: string;
  /** The state or country when printed ("Va.", "New Zealand"). */
  region: string | null;
  /** `YYYY-MM-DD` when the year is known, `--MM-DD` when it is not, `null` when no date is printed. */
  date: string | null;
  /** The wire in parentheses ("Reuters", "AP"). */
  agency: string | null;
  span: Span;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'time';

/** A date or time expression, resolved against the publication date. */
export interface DateMention {
  text: Span;
  /** `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` for coarser precision). */
  date: string;
  /** End of a range, same format as `date`. */
  end?: string;
  precision: DatePrecision;
  /** `HH:MM` when a time of day is given. */
  time?: string;
  /** A conflict a careful reader would notice, instead of a silent guess. */
  note?: string;
}

export type EntityKind = 'person' | 'organisation' | 'place';

/** A person, organisation or place, with every mention of it in the text. */
export interface Entity {
  /** Stable within one article: `p1`, `o2`, `l3`. */
  id: string;
  kind: EntityKind;
  /** The fullest form found ("Hoshyar Zebari"). */
  name: string;
  /** Other forms used for the same entity ("Zebari", "PMF"). */
  aliases: string[];
  /** Titles and roles as written ("Former Iraqi Foreign Minister"). */
  roles: string[];
  mentions: Span[];
  /** For places: a relative position when given ("about 50 kilometres west of Baghdad"). */
  position?: string;
}

/** A reference to who said or did something, resolved to an entity when the text allows. */
export interface ActorRef {
  /** The resolved full name, or the mention when it cannot be resolved ("Observers"). */
  name: string;
  entityId: string | null;
  /** The mention as written ("he", "Zebari", "a source"). */
  span: Span;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote {
  kind: QuoteKind;
  /** What was said, without the quotation marks for direct quotes. */
  text: Span;
  speaker: ActorRef | null;
  /** The reporting verb or phrase ("said", "according to", "called on"). */
  verb: string | null;
  /** The whole attribution: quote, verb and speaker. */
  span: Span;
}

export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'kidnapped' | 'arrested';

/** "at least 28 people were killed", "six Iraqi civilians, including a child, had been killed". */
export interface CasualtyCount {
  kind: CasualtyKind;
  /** The number to report: the stated count, or the lower bound of a vague or open count. */
  count: number;
  min: number;
  /** `null` when the count is open-ended ("at least 28", "dozens"). */
  max: number | null;
  approximate: boolean;
  /** Who the casualties were, as written ("Iraqi civilians", "police officers"). */
  who: string | null;
  /** A subset named but not added ("a child"). */
  including: string | null;
  /** Who gives the count ("the health ministry"). */
  source: string | null;
  span: Span;
}

/** The best estimate for the article's main event. */
export interface Toll {
  killed: number | null;
  injured: number | null;
  evidence: Span[];
}

export type ClaimKind = 'claimed' | 'denied' | 'unclaimed' | 'blamed' | 'suspected';

/** A responsibility claim, denial, blame or suspicion. */
export interface Claim {
  kind: ClaimKind;
  /** The organisation or person claiming, denying, blamed or suspected. */
  actor: ActorRef | null;
  /** What it is about, as written ("the Tuesday attacks"). */
  event: string | null;
  span: Span;
  /**
   * Set on a `suspected` claim whose actor is one person the text names as the attacker ("The gunman,
   * identified as Ivan Petrov, ..."), not an organisation: a reader asking who carried out the attack
   * wants that person before a group's claim.
   */
  individual?: true;
}

/** An attack as the text describes it. */
export interface AttackEvent {
  /** `rocket attack`, `bombing`, `shooting`, ... */
  kind: string;
  weapon: string | null;
  /** How many weapons or attackers, when stated ("seven missiles"). */
  count: number | null;
  target: string | null;
  place: string | null;
  /** Resolved date (`YYYY-MM-DD`) when stated. */
  date: string | null;
  outcome: string | null;
  /**
   * The group or person the text says carried out the attack, as fact ("Northern Front militants
   * attacked", "an attack by X", "The shooter was a member of X"). Claims and suspicions stay in `claims`.
   */
  attacker: ActorRef | null;
  span: Span;
}

/** Where `perpetratorOf` found who carried out the attack, in the order it looks. */
export type PerpetratorSource = 'named-attacker' | 'claimed' | 'suspected' | 'blamed' | 'stated-attacker';

/** Who carried out an article's attack, and which statement of the text says so. */
export interface Perpetrator {
  actor: ActorRef;
  source: PerpetratorSource;
}

/** Everything newsparse extracts from one article. Plain JSON: safe to store and send. */
export interface Article {
  text: string;
  headline: Span | null;
  standfirst: Span | null;
  published: PublishedDate | null;
  byline: Byline | null;
  dateline: Dateline | null;
  captions: Caption[];
  paragraphs: Span[];
  sentences: Span[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  casualties: CasualtyCount[];
  claims: Claim[];
  toll: Toll;
  events: AttackEvent[];
}

export interface ParseOptions {
  /** The publication date when it is known from outside the text (ISO string or Date). */
  published?: string | Date;
  /**
   * Longest input accepted, in UTF-16 code units; longer input gets an `InputTooLargeError`.
   * Default 2,000,000 (about 2 MB of English).
   */
  maxLength?: number;
  /** Collect a trace of which parser produced what (see `ParsedArticle`'s `trace`). */
  debug?: boolean;
  /**
   * The moment relative dates ("yesterday", "an hour ago") are read against when the article has no
   * publication date (ISO string or Date). Default: the time of the call, the one input of a parse that
   * is not the text; pass it for a reproducible parse.
   */
  reference?: string | Date;
}
