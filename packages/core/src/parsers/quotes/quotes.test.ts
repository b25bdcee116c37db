import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidSpan } from '../../span.js';
import type { Entity, EntityKind, Quote, Span } from '../../types.js';
import { datelineParser } from '../dateline.js';
import { sentencesParser } from '../sentences.js';
import { structureParser } from '../structure.js';
import { contextAfter } from '../testing.js';
import { quotesParser } from './index.js';

const HEADLINE = 'A headline for the test story\n\n';

interface EntitySketch {
  kind: EntityKind;
  name: string;
  aliases?: string[];
  roles?: string[];
}

/** Hand-made entities, with their mentions found in the text, so these tests need no entities parser. */
function entitiesFor(text: string, sketches: EntitySketch[]): Entity[] {
  return sketches.map((sketch, index) => {
    const mentions: Span[] = [];
    const taken: Array<[number, number]> = [];
    for (const form of [sketch.name, ...(sketch.aliases ?? [])]) {
      let at = text.indexOf(form);
      while (at >= 0) {
        const end = at + form.length;
        if (!taken.some(([start, stop]) => at < stop && start < end)) {
          taken.push([at, end]);
          mentions.push({ start: at, end, text: form });
        }
        at = text.indexOf(form, end);
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: `${sketch.kind[0]}${index + 1}`,
      kind: sketch.kind,
      name: sketch.name,
      aliases: sketch.aliases ?? [],
      roles: sketch.roles ?? [],
      mentions,
    };
  });
}

function quotesOf(body: string, sketches: EntitySketch[] = []): Quote[] {
  const text = HEADLINE + body;
  const trace: string[] = [];
  const context = contextAfter(text, [structureParser, sentencesParser, datelineParser], { trace });
  context.article.entities = entitiesFor(text, sketches);
  quotesParser.parse(context);
  for (const quote of context.article.quotes) {
    expect(isValidSpan(text, quote.text)).toBe(true);
    expect(isValidSpan(text, quote.span)).toBe(true);
    if (quote.speaker) expect(isValidSpan(text, quote.speaker.span)).toBe(true);
  }
  return context.article.quotes;
}

interface Expected {
  kind: Quote['kind'];
  text: string;
  speaker: string | null;
  /** The mention as written, when it differs from the name. */
  mention?: string;
  verb?: string;
}

function summary(quote: Quote): Expected {
  return {
    kind: quote.kind,
    text: quote.text.text,
    speaker: quote.speaker?.name ?? null,
    mention: quote.speaker?.span.text,
    verb: quote.verb ?? undefined,
  };
}

const okafor: EntitySketch = {
  kind: 'person',
  name: 'Maria Okafor',
  aliases: ['Okafor'],
  roles: ['Finance Minister'],
};
const brandt: EntitySketch = { kind: 'person', name: 'Tomas Brandt', aliases: ['Brandt'] };
const harbour: EntitySketch = {
  kind: 'organisation',
  name: 'Port Authority of Velmar',
  aliases: ['authority'],
};

describe('direct quotes', () => {
  const rows: Array<[string, EntitySketch[], Expected[]]> = [
    [
      '“The budget is balanced,” Okafor said.',
      [okafor],
      [
        {
          kind: 'direct',
          text: 'The budget is balanced',
          speaker: 'Maria Okafor',
          mention: 'Okafor',
          verb: 'said',
        },
      ],
    ],
    [
      '"We will not raise taxes," said Finance Minister Maria Okafor.',
      [okafor],
      [{ kind: 'direct', text: 'We will not raise taxes', speaker: 'Maria Okafor', verb: 'said' }],
    ],
    [
      '« Le port rouvrira demain », said Okafor.',
      [okafor],
      [{ kind: 'direct', text: 'Le port rouvrira demain', speaker: 'Maria Okafor', verb: 'said' }],
    ],
    [
      // Split quote: both halves belong to the speaker between them.
      '“The harbour is safe,” said Okafor, “and the ferries will run on Monday.”',
      [okafor],
      [
        { kind: 'direct', text: 'The harbour is safe', speaker: 'Maria Okafor', verb: 'said' },
        {
          kind: 'direct',
          text: 'and the ferries will run on Monday.',
          speaker: 'Maria Okafor',
          verb: 'said',
        },
      ],
    ],
    [
      // Partial quote inside reported speech.
      'Okafor called on the council to “stop wasting public money.”',
      [okafor],
      [{ kind: 'direct', text: 'stop wasting public money.', speaker: 'Maria Okafor', verb: 'called on' }],
    ],
    [
      'Brandt warned: “The dam will not hold another winter.”',
      [brandt],
      [
        {
          kind: 'direct',
          text: 'The dam will not hold another winter.',
          speaker: 'Tomas Brandt',
          verb: 'warned',
        },
      ],
    ],
    [
      // Nested single quotes stay inside the quote.
      '“They told us ‘wait until spring’ and we waited,” Brandt said.',
      [brandt],
      [
        {
          kind: 'direct',
          text: 'They told us ‘wait until spring’ and we waited',
          speaker: 'Tomas Brandt',
          verb: 'said',
        },
      ],
    ],
    [
      // A quote over two paragraphs, then a new paragraph that keeps the same voice.
      '“We have fixed the pumps,” Brandt said. “The first crews start tomorrow.\n\n“Then we will see.”',
      [brandt],
      [
        { kind: 'direct', text: 'We have fixed the pumps', speaker: 'Tomas Brandt', verb: 'said' },
        {
          kind: 'direct',
          text: 'The first crews start tomorrow.\n\n“Then we will see.',
          speaker: 'Tomas Brandt',
          verb: 'said',
        },
      ],
    ],
    [
      // A paragraph of quotation with no attribution keeps the previous speaker.
      '“The levies are fair,” Okafor said.\n\n“Nobody in this city pays more than their share of the cost.”',
      [okafor],
      [
        { kind: 'direct', text: 'The levies are fair', speaker: 'Maria Okafor', verb: 'said' },
        {
          kind: 'direct',
          text: 'Nobody in this city pays more than their share of the cost.',
          speaker: 'Maria Okafor',
          verb: 'said',
        },
      ],
    ],
    [
      // Two apostrophes as quotation marks, as some archives print them.
      "''The levy is a mistake,'' Brandt said.",
      [brandt],
      [{ kind: 'direct', text: 'The levy is a mistake', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
    [
      // The speaker named in the sentence before keeps the next quotation.
      'Okafor said the talks had failed. She left early.\n\nLater, Brandt said the gates were rusted. "They were never painted."',
      [okafor, brandt],
      [
        { kind: 'indirect', text: 'the talks had failed', speaker: 'Maria Okafor', verb: 'said' },
        { kind: 'indirect', text: 'the gates were rusted', speaker: 'Tomas Brandt', verb: 'said' },
        { kind: 'direct', text: 'They were never painted.', speaker: 'Tomas Brandt', verb: 'said' },
      ],
    ],
    [
      // A title next to a reporting verb is not a quote.
      'Brandt told “Morning Harbour” that the gates were rusted.',
      [brandt],
      [{ kind: 'indirect', text: 'the gates were rusted', speaker: 'Tomas Brandt', verb: 'told' }],
    ],
    [
      // Mixed marks: a curly opening closed by a straight mark.
      '“The vote was rigged," said Brandt.',
      [brandt],
      [{ kind: 'direct', text: 'The vote was rigged', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
  ];
  it.each(rows)('%s', (body, entities, expected) => {
    expect(quotesOf(body, entities).map(summary)).toEqual(
      expected.map((row) => expect.objectContaining(row)),
    );
  });
});

describe('indirect quotes', () => {
  const rows: Array<[string, EntitySketch[], Expected[]]> = [
    // After a lead-in the cue reports only the quotation: no second, indirect copy with the cue in it.
    [
      'Of course, Brandt said, “I did not know the gates were that old.”',
      [brandt],
      [
        {
          kind: 'direct',
          text: 'I did not know the gates were that old.',
          speaker: 'Tomas Brandt',
          mention: 'Brandt',
          verb: 'said',
        },
      ],
    ],
    // After a subject the cue stands inside the sentence it reports, whose second half is quoted.
    [
      'An economic downturn, Brandt said, “could be a good time to fix the gates.”',
      [brandt],
      [
        {
          kind: 'indirect',
          text: 'An economic downturn, Brandt said, “could be a good time to fix the gates.”',
          speaker: 'Tomas Brandt',
          mention: 'Brandt',
          verb: 'said',
        },
        {
          kind: 'direct',
          text: 'could be a good time to fix the gates.',
          speaker: 'Tomas Brandt',
          mention: 'Brandt',
          verb: 'said',
        },
      ],
    ],
    [
      // The dateline says where the story was filed, not what was said.
      'VELMAR (Reuters) - The ferries will run again on Monday, Brandt said.',
      [brandt],
      [
        {
          kind: 'indirect',
          text: 'The ferries will run again on Monday',
          speaker: 'Tomas Brandt',
          verb: 'said',
        },
      ],
    ],
    [
      'VELMAR, March 3 - The dam needs new gates, said Tomas Brandt, an engineer.',
      [brandt],
      [{ kind: 'indirect', text: 'The dam needs new gates', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
    [
      // The dateline's city is an entity, and the speaker phrase used to start with it.
      'VELMAR, March 3 - Port Authority of Velmar, the harbour operator, said it would raise its fees.',
      [{ kind: 'place', name: 'VELMAR' }, harbour],
      [
        {
          kind: 'indirect',
          text: 'it would raise its fees',
          speaker: 'Port Authority of Velmar',
          verb: 'said',
        },
      ],
    ],
    [
      'Okafor said that the budget would be balanced by next year.',
      [okafor],
      [
        {
          kind: 'indirect',
          text: 'the budget would be balanced by next year',
          speaker: 'Maria Okafor',
          verb: 'said',
        },
      ],
    ],
    [
      'The ferries will run again on Monday, Brandt said.',
      [brandt],
      [
        {
          kind: 'indirect',
          text: 'The ferries will run again on Monday',
          speaker: 'Tomas Brandt',
          verb: 'said',
        },
      ],
    ],
    [
      'According to Brandt, the dam needs new gates.',
      [brandt],
      [{ kind: 'indirect', text: 'the dam needs new gates', speaker: 'Tomas Brandt', verb: 'According to' }],
    ],
    [
      'The talks have stalled, according to people close to the negotiations.',
      [],
      [
        {
          kind: 'indirect',
          text: 'The talks have stalled',
          speaker: 'people close to the negotiations',
          verb: 'according to',
        },
      ],
    ],
    [
      'The dam needs new gates, according to Brandt.',
      [brandt],
      [{ kind: 'indirect', text: 'The dam needs new gates', speaker: 'Tomas Brandt', verb: 'according to' }],
    ],
    [
      'Brandt told Reuters on Friday that the gates had been ordered.',
      [brandt],
      [{ kind: 'indirect', text: 'the gates had been ordered', speaker: 'Tomas Brandt', verb: 'told' }],
    ],
    [
      'Okafor said in a statement the new levy was temporary.',
      [okafor],
      [{ kind: 'indirect', text: 'the new levy was temporary', speaker: 'Maria Okafor', verb: 'said' }],
    ],
    [
      'Brandt denied that the contract had been rigged.',
      [brandt],
      [{ kind: 'indirect', text: 'the contract had been rigged', speaker: 'Tomas Brandt', verb: 'denied' }],
    ],
    [
      'Okafor insisted the levy was fair, adding that it would end in two years.',
      [okafor],
      [
        { kind: 'indirect', text: 'the levy was fair', speaker: 'Maria Okafor', verb: 'insisted' },
        { kind: 'indirect', text: 'it would end in two years', speaker: 'Maria Okafor', verb: 'adding' },
      ],
    ],
    [
      'Brandt urged the council to approve the repairs before winter.',
      [brandt],
      [
        {
          kind: 'indirect',
          text: 'to approve the repairs before winter',
          speaker: 'Tomas Brandt',
          verb: 'urged',
        },
      ],
    ],
    [
      // Anonymous and collective sources keep the mention as the name.
      'A senior official said the talks had stalled.',
      [],
      [{ kind: 'indirect', text: 'the talks had stalled', speaker: 'A senior official', verb: 'said' }],
    ],
    [
      'Sources close to the harbour board previously said the cranes were unsafe.',
      [],
      [
        {
          kind: 'indirect',
          text: 'the cranes were unsafe',
          speaker: 'Sources close to the harbour board',
          verb: 'said',
        },
      ],
    ],
    [
      'Analysts say the new levy will backfire on the ruling party.',
      [],
      [
        {
          kind: 'indirect',
          text: 'the new levy will backfire on the ruling party',
          speaker: 'Analysts',
          verb: 'say',
        },
      ],
    ],
    [
      'Sen. Tomas Brandt (R-Velmar) said the gates were rusted.',
      [brandt],
      [{ kind: 'indirect', text: 'the gates were rusted', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
    [
      'The harbour board, which runs the docks, said the cranes would be replaced.',
      [],
      [
        {
          kind: 'indirect',
          text: 'the cranes would be replaced',
          speaker: 'The harbour board',
          verb: 'said',
        },
      ],
    ],
    [
      '"The ruling protects everyone," Tomas Brandt, a lawyer for one of the groups to file suit, said in a statement.',
      [brandt],
      [{ kind: 'direct', text: 'The ruling protects everyone', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
    [
      // A straight mark between spaces closes the quote after a nested single one.
      `"They asked me, 'Is this important?' " Brandt said.`,
      [brandt],
      [
        {
          kind: 'direct',
          text: "They asked me, 'Is this important?'",
          speaker: 'Tomas Brandt',
          verb: 'said',
        },
      ],
    ],
    [
      // Typed the wrong way round: an opening mark used to close.
      '“The gates will hold this year,“ said Brandt.',
      [brandt],
      [{ kind: 'direct', text: 'The gates will hold this year', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
    [
      // The attribution ends the sentence after a question mark.
      '"Are the gates ready?" Brandt asked the council.',
      [brandt],
      [{ kind: 'direct', text: 'Are the gates ready?', speaker: 'Tomas Brandt', verb: 'asked' }],
    ],
    [
      // A quotation set off as its own paragraph after a colon.
      'Brandt told the council:\n\n“The gates were never painted and the rust has eaten through them.”',
      [brandt],
      [
        {
          kind: 'direct',
          text: 'The gates were never painted and the rust has eaten through them.',
          speaker: 'Tomas Brandt',
          verb: 'told',
        },
      ],
    ],
    [
      // The chunk before the commas is a clause: it is the report, and the name after it the speaker.
      'The cranes will be replaced, Brandt, the chief engineer, said.',
      [brandt],
      [{ kind: 'indirect', text: 'The cranes will be replaced', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
    [
      'Okafor spoke on Monday, arguing that the levy was temporary.',
      [okafor],
      [{ kind: 'indirect', text: 'the levy was temporary', speaker: 'Maria Okafor', verb: 'arguing' }],
    ],
    [
      'The ministry said the new demands that come with the levy would ease next year.',
      [],
      [
        {
          kind: 'indirect',
          text: 'the new demands that come with the levy would ease next year',
          speaker: 'The ministry',
          verb: 'said',
        },
      ],
    ],
    [
      // A role that names nobody, then the name: the name speaks.
      'A spokesman for the Harbour Guild, Ilse Varga, said the strike would go on.',
      [],
      [{ kind: 'indirect', text: 'the strike would go on', speaker: 'Ilse Varga', verb: 'said' }],
    ],
    [
      // "asked not to be named" is about the source, not something said.
      'A senior official, who asked not to be named, said the toll could rise.',
      [],
      [{ kind: 'indirect', text: 'the toll could rise', speaker: 'A senior official', verb: 'said' }],
    ],
    [
      // A verb joined to another keeps its subject.
      'Brandt inspected the gates on Monday and said they would be replaced.',
      [brandt],
      [{ kind: 'indirect', text: 'they would be replaced', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
    [
      'The cranes, he says, will be replaced next spring.',
      [brandt],
      [
        {
          kind: 'indirect',
          text: 'The cranes, he says, will be replaced next spring',
          speaker: 'he',
          verb: 'says',
        },
      ],
    ],
    [
      'But many said on Monday that the levy was unfair.',
      [],
      [{ kind: 'indirect', text: 'the levy was unfair', speaker: 'many', verb: 'said' }],
    ],
    [
      'Port officials, speaking on condition of anonymity because they were not allowed to talk, said the cranes had failed.',
      [],
      [{ kind: 'indirect', text: 'the cranes had failed', speaker: 'Port officials', verb: 'said' }],
    ],
    [
      // An appositive between the speaker and the verb.
      'Tomas Brandt, an engineer who built the first dam, said the gates were rusted.',
      [brandt],
      [{ kind: 'indirect', text: 'the gates were rusted', speaker: 'Tomas Brandt', verb: 'said' }],
    ],
  ];
  it.each(rows)('%s', (body, entities, expected) => {
    expect(quotesOf(body, entities).map(summary)).toEqual(
      expected.map((row) => expect.objectContaining(row)),
    );
  });
});

describe('speaker resolution', () => {
  const rows: Array<[string, EntitySketch[], string, string]> = [
    // A pronoun: the most recent person before it.
    ['Okafor met the unions on Monday. She said the levy would stay.', [okafor], 'She', 'Maria Okafor'],
    // People named inside the quote are not what "he" stands for.
    [
      '“Brandt knew the gates were rusted,” Okafor said on Tuesday.\n\nShe added that an inquiry would follow.',
      [okafor, brandt],
      'She',
      'Maria Okafor',
    ],
    // "She" skips the man mentioned last: the text calls Okafor "she" and Brandt "Mr. Brandt".
    [
      "Okafor said she would fight the levy. Mr. Brandt disagreed with Okafor on Monday and left Brandt's office. She said the vote was rigged.",
      [okafor, brandt],
      'She',
      'Maria Okafor',
    ],
    // A title: the entity whose roles contain it.
    ['Okafor spoke first. The minister said the levy would stay.', [okafor], 'The minister', 'Maria Okafor'],
    // A surname: the full name.
    ['Brandt said the gates were rusted.', [brandt], 'Brandt', 'Tomas Brandt'],
    // "it": the most recent organisation.
    [
      'The Port Authority of Velmar closed the docks. It said the cranes were unsafe.',
      [harbour],
      'It',
      'Port Authority of Velmar',
    ],
    // In its own sentence a pronoun is the subject, not the last name before it.
    [
      'The Port Authority of Velmar, set up by the Harbour Guild, seized the cargo, which it said had been abandoned.',
      [harbour, { kind: 'organisation', name: 'Harbour Guild' }],
      'it',
      'Port Authority of Velmar',
    ],
    // A relative pronoun stands for the phrase before it.
    ['The engineer Tomas Brandt, who said the gates were rusted, resigned.', [brandt], 'who', 'Tomas Brandt'],
    // A title resolves only to someone named before it.
    [
      'The minister said the levy would stay. Later, Finance Minister Maria Okafor left.',
      [okafor],
      'The minister',
      'The minister',
    ],
    // A name used as a modifier is not the speaker.
    ['Okafor supporters said the levy was unfair.', [okafor], 'Okafor supporters', 'Okafor supporters'],
    // Without an entity list, the fullest form of the name printed earlier.
    [
      'Senior economist Tomas Brandt inspected the dam. Brandt said the gates were rusted.',
      [],
      'Brandt',
      'Tomas Brandt',
    ],
  ];
  it.each(rows)('%s', (body, entities, mention, name) => {
    const quote = quotesOf(body, entities).find((found) => found.speaker?.span.text === mention);
    expect(quote?.speaker?.name).toBe(name);
  });

  // A lower-case role between the verb and the name: "said mayor Ilse Brandt", "said drug analyst Davis Saks".
  it.each([
    ['“We will rebuild the port within a month,” said mayor Maria Okafor.', 'Maria Okafor'],
    ['“The gates were rusted,” said senior engineer Tomas Brandt of the port board.', 'Tomas Brandt'],
    // A possessive before the role: "said its spokesman Omar Dak".
    ['The union backed the strike. “We will not go back,” said its spokesman Tomas Brandt.', 'Tomas Brandt'],
    ['“The gates were never inspected,” said her lawyer.', 'her lawyer'],
  ])('%s', (body, speaker) => {
    const [quote] = quotesOf(body, [okafor, brandt]);
    expect(quote?.speaker?.name).toBe(speaker);
  });

  // "described as": the quotation after "as" is the describer's, and no other quotation is.
  const described: Array<[string, Array<[string, string]>]> = [
    [
      'The union urged the board to act on the docks, which Okafor described as “an open door for anyone with a grudge.”',
      [['an open door for anyone with a grudge.', 'Maria Okafor']],
    ],
    ['Brandt described the levy as “a tax on hope” in his speech.', [['a tax on hope', 'Tomas Brandt']]],
    // A quotation before the verb is not what it describes: "fair" is the asker's word.
    [
      'Okafor asked whether the audit would be “fair,” in what Brandt described as a stalling tactic.',
      [['fair', 'Maria Okafor']],
    ],
  ];
  it.each(described)('%s', (body, expected) => {
    const direct = quotesOf(body, [okafor, brandt]).filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => [quote.text.text, quote.speaker?.name])).toEqual(expected);
  });

  // "continued" reports only the quotation beside it; "the strike continued" is no cue.
  const demir: EntitySketch = { kind: 'person', name: 'Yusuf Demir', aliases: ['Demir'] };
  const continued: Array<[string, Array<[string, string | undefined]>]> = [
    [
      'Okafor continued: “The levy stays until the dam is built.”',
      [['The levy stays until the dam is built.', 'Maria Okafor']],
    ],
    [
      '“The levy stays until the dam is built,” continued Okafor.',
      [['The levy stays until the dam is built', 'Maria Okafor']],
    ],
    [
      'Brandt inspected the dam on Monday.\n\n“Demir promised us new gates and we are still waiting for them,” he continued.',
      [['Demir promised us new gates and we are still waiting for them', 'Tomas Brandt']],
    ],
    // "continuing to" reports nothing of its own: the two words stay a scare quote.
    ['Brandt called him a “reckless gambler” for continuing to insist the gates were safe.', []],
    // A quotation before a conjunction is not the strike's.
    [
      'Brandt said the gates would be “good for the port,” but the strike continued. “We are tired of waiting for the gates,” he added.',
      [
        ['good for the port', 'Tomas Brandt'],
        ['We are tired of waiting for the gates', 'Tomas Brandt'],
      ],
    ],
  ];
  it.each(continued)('%s', (body, expected) => {
    const direct = quotesOf(body, [okafor, brandt, demir]).filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => [quote.text.text, quote.speaker?.name])).toEqual(expected);
  });

  // A name inside the quotation a pronoun reports is not who the pronoun stands for.
  it.each([
    [
      'Brandt inspected the dam on Monday.\n\n“Demir promised us new gates and we are still waiting,” he said.',
      'Tomas Brandt',
    ],
    [
      'Demir opened the hearing. Brandt spoke next.\n\n“I think Demir wants the port closed,” he told the council.',
      'Tomas Brandt',
    ],
  ])('%s', (body, speaker) => {
    const [quote] = quotesOf(body, [brandt, demir]);
    expect(quote?.speaker?.name).toBe(speaker);
  });

  it('gives the entity id of the resolved speaker', () => {
    const [quote] = quotesOf('“The budget is balanced,” Okafor said.', [okafor]);
    expect(quote?.speaker?.entityId).toBe('p1');
  });
});

describe('not quotes', () => {
  const rows: Array<[string]> = [
    // Scare quotes and titles: short, no speaker, no reporting verb.
    ['The rebels ended an unannounced “truce” that had lasted weeks.'],
    ['They then put forward a “conspiracy plot” about the election.'],
    ['She starred in "The Long Winter" in 1998.'],
    // Reporting verbs that report nothing said.
    ['The militia claimed responsibility for the blast.'],
    ['Brandt declined to say whether the dam was safe.'],
    ['Brandt did not say when the gates would arrive.'],
    ['The minister was told to resign.'],
    ['When the unit explained the details of the attack, the crowd left.'],
    ['A poll shows the levy is unpopular.'],
    ['In Velmar last week, Brandt told the council nothing.'],
    ['The strike is adding to the pressure on the port board.'],
    ['Brandt responded to the strike by closing the docks.'],
    ['The unions pledged delegates to the new council.'],
    ['The minister denied involvement in any scheme that hurts the port.'],
    ['He appeared on “Face the Harbour” on Sunday.'],
    // A verb hyphened to the word before is an adjective.
    ['The self-described reformer has won the port ward twice.'],
    ['Brandt repeated his oft-stated promise to rebuild the dam.'],
    ['The levy is a value-added tax on every cargo landed in Velmar.'],
  ];
  // What follows "said its …" is what was said when a verb comes next, not who said it.
  it('does not take the subject of the report for an inverted speaker', () => {
    const quotes = quotesOf(
      'Members of the harbour board, meeting behind closed doors to draft the budget, say their work is proceeding at a snail’s pace.',
      [brandt],
    );
    expect(quotes.map((quote) => quote.speaker?.span.text)).not.toContain('their work');
  });
  it.each(rows)('%s', (body) => {
    expect(quotesOf(body, [brandt]).map(summary)).toEqual([]);
  });
});

describe('robustness', () => {
  const rows: Array<[string, string]> = [
    ['unbalanced marks', '“She said ” “ ” " ” “ and ‘ then ’ left, ” he said.'],
    ['5,000 quote marks', '“a” '.repeat(2_500)],
    ['5,000 opening marks', '“said he '.repeat(5_000)],
    ['a 10,000-word paragraph', 'Okafor said the plan, according to Brandt, was fine and '.repeat(1_000)],
    [
      'a 10,000-word sentence of joined cues',
      'Okafor, the minister, met Brandt and said that, he says, the plan '.repeat(800),
    ],
    ['2,500 attributed quotes in one paragraph', '“We won,” he said, “again.” '.repeat(2_500)],
  ];
  it.each(rows)('%s: no throw, valid spans, linear time', (_name, body) => {
    const started = performance.now();
    expect(() => quotesOf(body, [okafor, brandt])).not.toThrow();
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('seed article', () => {
  const golden = JSON.parse(
    readFileSync(
      new URL(
        '../../../../../fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.expected.json',
        import.meta.url,
      ),
      'utf8',
    ),
  ) as {
    article: string;
    expected: {
      quotes: Array<{ kind: Quote['kind']; contains: string[]; speaker: string | { oneOf: string[] } }>;
      notQuotes: Array<{ text: string }>;
    };
  };
  const text = readFileSync(
    new URL(`../../../../../fixtures/articles/${golden.article}`, import.meta.url),
    'utf8',
  );

  it('finds the 8 golden quotes with their speakers, and no scare quotes', async () => {
    const { parseArticle } = await import('../../parser.js');
    const quotes = parseArticle(text).quotes;
    for (const want of golden.expected.quotes) {
      const names = typeof want.speaker === 'string' ? [want.speaker] : want.speaker.oneOf;
      const found = quotes.find(
        (quote) =>
          quote.kind === want.kind &&
          want.contains.every((part) => quote.text.text.includes(part)) &&
          names.includes(quote.speaker?.name ?? ''),
      );
      expect(found, `${want.kind} ${want.contains.join(' … ')} by ${names.join('|')}`).toBeDefined();
    }
    for (const not of golden.expected.notQuotes) {
      expect(quotes.some((quote) => quote.text.text === not.text)).toBe(false);
    }
  });
});
