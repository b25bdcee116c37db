import * as chrono from 'chrono-node';
import { spanOf } from '../../span.js';
import type { Span } from '../../types.js';

/**
 * chrono's parsers that read a duration as a date ("within 3 days", "three days later", "the past
 * 2 years", "11/2020" in "up 11/20"): a news story measures with them, it does not date with them.
 * Matched by class name; if a bundler renames the classes nothing is removed, which is only slower.
 */
const DURATION_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENSlashMonthFormatParser',
]);

let newsChronos: { dayFirst: chrono.Chrono; monthFirst: chrono.Chrono } | null = null;

/** chrono's casual English, day-first (GB) or month-first (US), without the duration parsers. */
export function newsChrono(dayFirst: boolean): chrono.Chrono {
  const withoutDurations = (base: chrono.Chrono) =>
    new chrono.Chrono({
      parsers: base.parsers.filter((parser) => !DURATION_PARSERS.has(parser.constructor.name)),
      refiners: [...base.refiners],
    });
  newsChronos ??= {
    dayFirst: withoutDurations(chrono.en.GB),
    monthFirst: withoutDurations(chrono.en.casual),
  };
  return dayFirst ? newsChronos.dayFirst : newsChronos.monthFirst;
}

/** chrono's time grows faster than the text on run-on input, so long sentences go in pieces. */
const CHRONO_PIECE = 1_000;

/**
 * chrono's results for a sentence, each with the piece of the sentence it was found in. A sentence
 * longer than `CHRONO_PIECE` (a table, a list pasted as one line) is cut at white space, which keeps
 * a pathological 2 MB line of "Tuesday Tuesday ..." linear; real sentences are one piece.
 */
export function* parseInPieces(
  parser: chrono.Chrono,
  text: string,
  sentence: Span,
  reference: Date,
): Generator<{ result: chrono.ParsedResult | null; piece: Span }> {
  let start = sentence.start;
  while (start < sentence.end) {
    let end = Math.min(sentence.end, start + CHRONO_PIECE);
    if (end < sentence.end) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + CHRONO_PIECE / 2) end = space;
    }
    const piece = spanOf(text, start, end);
    let results: chrono.ParsedResult[] | null = null;
    try {
      results = parser.parse(piece.text, { instant: reference, timezone: 0 }, { forwardDate: false });
    } catch {
      yield { result: null, piece };
    }
    for (const result of results ?? []) yield { result, piece };
    start = end;
  }
}
