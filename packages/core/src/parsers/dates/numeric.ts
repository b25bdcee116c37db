/** Numeric dates: "20/11/2020" says day-first, "11/20/2020" month-first. */
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/g;

/** A month's name as a whole word: "20 November" and "November 20" are told apart around it. */
const MONTH_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/g;

/** A day before a month's name, read on the six characters before the name ("20 ", "21st "). */
const DAY_BEFORE = /(?<!\w)\d{1,2}(?:st|nd|rd|th)?\s$/;

/** A day after a month's name, read on the seven characters after it (". 20", " 21st"). */
const DAY_AFTER = /^\.?\s\d{1,2}(?:st|nd|rd|th)?\b/;

/** Day-first when the text prints an unambiguous day-first number ("20/11/2020") or "20 November". */
export function readsDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of text.matchAll(NUMERIC_DATE)) {
    if (Number(match[1]) > 12 && Number(match[2]) <= 12) dayFirst++;
    else if (Number(match[2]) > 12 && Number(match[1]) <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  // One pass over the month names, which both orders hold, rather than one per order.
  let dayBeforeMonth = 0;
  let monthBeforeDay = 0;
  for (const match of text.matchAll(MONTH_NAME)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (DAY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) dayBeforeMonth++;
    if (DAY_AFTER.test(text.slice(end, end + 7))) monthBeforeDay++;
  }
  if (dayBeforeMonth !== monthBeforeDay) return dayBeforeMonth > monthBeforeDay;
  // No evidence: day-first is the world's usual reading, as for the publication date line.
  return true;
}
