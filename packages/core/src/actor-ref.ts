import { collapseWhiteSpace } from './characters.js';
import type { ActorRef, Span } from './types.js';

/** An actor the text names but no entity holds ("a senior official"): named as written, one space apart. */
export function unresolvedActor(span: Span): ActorRef {
  return { name: collapseWhiteSpace(span.text), entityId: null, span };
}
