import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parser.js';

const BODY =
  '\n\nMike Pence, Lindsey Graham and Donald Trump spoke on Monday.\n\nThe debate is on Tuesday, officials said.';

/** The quote a headline gives, as [what was said, who said it, the cue], or null for none. */
function headlineQuote(headline: string): [string, string | undefined, string | null] | null {
  const article = parseArticle(headline + BODY);
  const quote = article.quotes.find((found) => found.text.end <= headline.length);
  return quote ? [quote.text.text, quote.speaker?.name, quote.verb] : null;
}

describe('headline attributions', () => {
  const rows: Array<[string, [string, string | undefined, string | null] | null]> = [
    // "Speaker: what they said", the speaker resolved to the name the story gives in full.
    [
      'Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.',
      ['Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp', 'Mike Pence', ':'],
    ],
    // A label before the colon names no speaker; the attribution after it is read.
    [
      'The Latest: Trump urges supporters to monitor polling places.',
      ['supporters to monitor polling places', 'Donald Trump', 'urges'],
    ],
    [
      'Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.',
      ['Trump ‘The Dealmaker’ Could Address Clean Energy', 'Lindsey Graham', 'Says'],
    ],
    [
      'SAUDI ARABIA REITERATES COMMITMENT TO OPEC PACT',
      ['COMMITMENT TO OPEC PACT', 'SAUDI ARABIA', 'REITERATES'],
    ],
    // Not attributions: a verb used for something else, a phrase before a colon, a passive, a noun.
    ['Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.', null],
    ['Stealth Over Health: Hillary Clinton Was Headed to ER.', null],
    ['POLICY ADJUSTMENT URGED BY CEA CHAIRMAN SPRINKEL', null],
    ['TOWER REPORT DIMINISHES REAGAN HOPES OF REBOUND', null],
    ['FED ADDS RESERVES VIA THREE-DAY REPURCHASES', null],
    ['LONDON EXCHANGE DECLINES COMMENT ON MERRILL CASE', null],
    ['Rocket strike on Port Alder fuel depot kills nine', null],
    // Too short to report anything.
    ['Pence: Yes', null],
  ];
  it.each(rows)('%s', (headline, expected) => {
    expect(headlineQuote(headline)).toEqual(expected);
  });
});
