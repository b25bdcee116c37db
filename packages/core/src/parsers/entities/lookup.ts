import type { Entity, Span } from '../../types.js';

/**
 * The entity with a mention covering `offset`, or null. For the parsers after entities (quotes,
 * claims) that hold an offset of a speaker or actor and want who it is.
 *
 * @param entities - `article.entities`
 * @param offset - a UTF-16 offset into the article text
 * @example
 * const speaker = entityAt(article.entities, quote.speaker.span.start); // { id: 'p1', name: 'Hoshyar Zebari', ... }
 */
export function entityAt(entities: readonly Entity[], offset: number): Entity | null {
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (mention.start <= offset && offset < mention.end) return entity;
    }
  }
  return null;
}

/**
 * The entities with a mention inside `span` (or overlapping it), in the order of their first mention
 * there: "Quds Force commander Qassem Soleimani" gives the organisation and the person.
 */
export function entitiesAt(entities: readonly Entity[], span: { start: number; end: number }): Entity[] {
  const hits: Array<{ entity: Entity; start: number }> = [];
  for (const entity of entities) {
    const mention = entity.mentions.find((m: Span) => m.start < span.end && span.start < m.end);
    if (mention) hits.push({ entity, start: mention.start });
  }
  return hits.sort((a, b) => a.start - b.start).map((hit) => hit.entity);
}

export function entityById(entities: readonly Entity[], id: string): Entity | null {
  return entities.find((entity) => entity.id === id) ?? null;
}
