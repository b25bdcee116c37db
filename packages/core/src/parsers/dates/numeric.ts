/** Numeric dates: "20/11/2020" says day-first, "11/20/2020" month-first. */
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/g;

const DAY_BEFORE_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/g;

const MONTH_BEFORE_DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s\d{1,2}(?:st|nd|rd|th)?\b/g;

/** Day-first when the text prints an unambiguous day-first number ("20/11/2020") or "20 November". */
export function readsDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of text.matchAll(NUMERIC_DATE)) {
    if (Number(match[1]) > 12 && Number(match[2]) <= 12) dayFirst++;
    else if (Number(match[2]) > 12 && Number(match[1]) <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  const dayBeforeMonth = countMatches(text, DAY_BEFORE_MONTH);
  const monthBeforeDay = countMatches(text, MONTH_BEFORE_DAY);
  if (dayBeforeMonth !== monthBeforeDay) return dayBeforeMonth > monthBeforeDay;
  // No evidence: day-first is the world's usual reading, as for the publication date line.
  return true;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}
