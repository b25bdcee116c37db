import type { EntityKind, Span } from '../../types.js';

/** One mention found in the text, before mentions of the same entity are linked. */
export interface Candidate {
  kind: EntityKind;
  /** The name as written, without title, possessive or leading "the". */
  span: Span;
  /** Titles and roles given at this mention, as written. */
  roles: string[];
  /**
   * For people: a title, a role, a speech verb or a known first name says this is a person. Runs
   * without evidence become people only when their surname is used alone elsewhere.
   */
  evidence: boolean;
  /** The name opens its sentence, so its first capital proves nothing ("Notice Trump ..."). */
  sentenceInitial?: boolean;
  /** "(PMF)" after the name: another form of it. */
  acronym?: Span;
  /** For places: "about 50 kilometres west of Baghdad". */
  position?: string;
}
