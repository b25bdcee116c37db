/** Numeric dates: "20/11/2020" says day-first, "11/20/2020" month-first. */
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/g;

/** A month's name as a whole word: "20 November" and "November 20" are told apart around it. */
const MONTH_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/g;

/**
 * A day before a month's name ("20 ", "21st "), ending where the name starts. The day is at most
 * five characters before the name, so this reads what a test of the six characters before it reads.
 */
const DAY_BEFORE = /(?<=(?<!\w)\d{1,2}(?:st|nd|rd|th)?\s)/y;

/** A day after a month's name (". 20", " 21st"), read where the name ends. */
const DAY_AFTER = /\.?\s\d{1,2}(?:st|nd|rd|th)?\b/y;

/** Day-first when the text prints an unambiguous day-first number ("20/11/2020") or "20 November". */
export function readsDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  // Exec loops, not matchAll: matchAll copies the pattern on every call.
  NUMERIC_DATE.lastIndex = 0;
  for (let match = NUMERIC_DATE.exec(text); match; match = NUMERIC_DATE.exec(text)) {
    if (Number(match[1]) > 12 && Number(match[2]) <= 12) dayFirst++;
    else if (Number(match[2]) > 12 && Number(match[1]) <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  // One pass over the month names, which both orders hold, rather than one per order.
  let dayBeforeMonth = 0;
  let monthBeforeDay = 0;
  MONTH_NAME.lastIndex = 0;
  for (let match = MONTH_NAME.exec(text); match; match = MONTH_NAME.exec(text)) {
    DAY_BEFORE.lastIndex = match.index;
    if (DAY_BEFORE.test(text)) dayBeforeMonth++;
    DAY_AFTER.lastIndex = match.index + match[0].length;
    if (DAY_AFTER.test(text)) monthBeforeDay++;
  }
  if (dayBeforeMonth !== monthBeforeDay) return dayBeforeMonth > monthBeforeDay;
  // No evidence: day-first is the world's usual reading, as for the publication date line.
  return true;
}
