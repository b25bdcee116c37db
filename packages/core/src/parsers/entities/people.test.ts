import { describe, expect, it } from 'vitest';
import { gapIsSpaceOrCommas } from './people.js';
import { named, ofKind, parseEntities, wordsOf } from './test-helpers.js';

/** [story text, the person's name, a role that must be among the roles (or null for none required)] */
const people: Array<[string, string, string | null]> = [
  // A title in front, with a nationality and qualifiers.
  [
    'CAIRO – Former Egyptian Interior Minister Karim Haddad called on the cabinet to resign.',
    'Karim Haddad',
    'Former Egyptian Interior Minister',
  ],
  // A title completed by "to <country>": the country is part of the role, not of the name.
  [
    'On Monday, Lebanese Ambassador to Jordan Samir Aoun attended a ceremony in Amman.',
    'Samir Aoun',
    'Lebanese Ambassador to Jordan',
  ],
  // "Secretary of State" is a title: the name must be "Linda Carver", never "State Linda Carver".
  ['US Secretary of State Linda Carver arrived in Amman on Sunday.', 'Linda Carver', 'US Secretary of State'],
  // A lower-case role before the name, with the organisation that owns it.
  [
    'A poster showed Syria’s Desert Hawks commander Walid Qasir beside the flag.',
    'Walid Qasir',
    'Desert Hawks commander',
  ],
  [
    'The interview was given by border police chief Omar Saleh on Monday.',
    'Omar Saleh',
    'border police chief',
  ],
  // "the commander of X (ACR) Name".
  [
    'Earlier, the commander of Syria’s Desert Hawks Brigade (DHB) Walid Qasir said the road was closed.',
    'Walid Qasir',
    'commander of Syria’s Desert Hawks Brigade',
  ],
  // Apposition after the name, up to the relative clause.
  [
    'Ziad Mansour, a senior member of the Progressive Union Party who later resigned, spoke on Monday.',
    'Ziad Mansour',
    'a senior member of the Progressive Union Party',
  ],
  [
    'Crowds gathered outside the home of Hamza al-Tikriti, leader of the Rafidain Brigades. Tikriti did not appear.',
    'Hamza al-Tikriti',
    'leader of the Rafidain Brigades',
  ],
  // "X militia led by Name".
  [
    'The Saraya Awliya militia, led by Abu Bakr al-Janabi, said the convoy had been hit.',
    'Abu Bakr al-Janabi',
    'leader of Saraya Awliya militia',
  ],
  // A capitalised role word opening the sentence is a role, not a first name.
  ['Lawmaker Dana Whitfield told reporters the vote would be delayed.', 'Dana Whitfield', 'Lawmaker'],
  // A common word opening the sentence can own the role after it.
  ['Police chief Marek Dunn said three men were arrested.', 'Marek Dunn', 'Police chief'],
  // Honorifics and speech verbs are evidence enough.
  ['The files were never found, Dr. Ines Moreau said on Friday.', 'Ines Moreau', null],
  ['“We will not leave,” said Tariq Bazzaz, adding that talks would resume.', 'Tariq Bazzaz', null],
  ['Dutch envoy Pieter van der Berg met the delegation in Geneva.', 'Pieter van der Berg', 'Dutch envoy'],
  ['The report was signed by Gen. Yusuf Karimov and two aides.', 'Yusuf Karimov', 'Gen.'],
  ['“It is a disgrace,” said Del. Marisol Paz of the island territory.', 'Marisol Paz', 'Del.'],
  // A name credited after a quotation, with a middle initial.
  ['“It was the worst week of my life.” ― Marta J. Olsson', 'Marta J. Olsson', null],
];

/** Capitalised words that must not make a person. */
const notPeople: Array<[string, string]> = [
  ['Officials said the Iranian Major was detained at the border.', 'nationality + rank, no name'],
  ['Sources close to the militias said the attack was a test.', 'sentence-initial common noun'],
  ['Iraqis and Iranians marched through Baghdad on Tuesday.', 'nationality plurals'],
  ['Observers say the move will backfire on the Shia militias.', 'common noun'],
  ['Bloggers shared the news on Wednesday evening.', 'common noun and weekday'],
  ['The Kurdistan Democratic Party said it would boycott the vote.', 'an organisation speaking'],
  ['Shia militias and Sunni tribes clashed near Ramadi last week.', 'religious adjectives'],
  ['The Foreign Minister did not attend the summit.', 'a title with no name after it'],
  ['Angry Protesters Storm Parliament After Vote', 'a title-case line'],
  ['The Justice Against Sponsors of Terrorism Act was passed in September.', 'the name of a law'],
  ['The Dred Scott case changed the country.', 'a name used as a modifier'],
  ['Millennials say the economy matters most.', 'a plural group speaking'],
];

describe('entities: people', () => {
  it.each(people)('%s → %s', (body, name, role) => {
    const { entities, trace } = parseEntities(body);
    const person = named(entities, 'person', name);
    expect(
      person,
      `${name} not found in ${JSON.stringify(entities.map((e) => e.name))}\n${trace}`,
    ).toBeDefined();
    if (role) expect(person?.roles, trace).toContainEqual(expect.stringContaining(role));
  });

  it.each(notPeople)('no person in %s (%s)', (body) => {
    const { entities, trace } = parseEntities(body);
    expect(
      ofKind(entities, 'person').map((entity) => entity.name),
      trace,
    ).toEqual([]);
  });
});

describe('gapIsSpaceOrCommas', () => {
  // Each row: a body; for every word, the answer is the regular expression's on its gap.
  it.each([['“We will stay,” said Hassan, and left.'], ['Said , \u00a0Hassan ,, then; Ali: “no” , \n ok']])(
    '%j',
    (body) => {
      const words = wordsOf(body);
      for (let i = 0; i < words.length; i++) {
        expect([i, gapIsSpaceOrCommas(words, i)]).toEqual([i, /^[\s,]+$/.test(words.gapAt(i) ?? '')]);
      }
    },
  );
});
