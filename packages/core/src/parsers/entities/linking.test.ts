import { describe, expect, it } from 'vitest';
import { compatibleGiven, editDistance } from './linking.js';
import { named, ofKind, parseEntities } from './test-helpers.js';

/** [story text, the person's full name, the other forms that must be its aliases] */
const aliases: Array<[string, string, string[]]> = [
  // A later surname alone.
  [
    'Former minister Dario Velasquez spoke first. Velasquez said the deal was dead.',
    'Dario Velasquez',
    ['Velasquez'],
  ],
  // A surname with its particle dropped ("al-Tikriti" → "Tikriti").
  [
    'Militia commander Hamza al-Tikriti left at dawn. By noon Tikriti had reached the border.',
    'Hamza al-Tikriti',
    ['Tikriti'],
  ],
  // A spelling variant of the given name with the same surname.
  [
    'Army commander Qassim Rahimi arrived. Hours later Qasim Rahimi said the town had fallen.',
    'Qassim Rahimi',
    ['Qasim Rahimi'],
  ],
  // A possessive mention.
  ['Spokesman Adel Nouri was not available. Nouri’s office gave no reason.', 'Adel Nouri', ['Nouri']],
];

describe('entities: linking', () => {
  it.each(aliases)('%s → %s', (body, name, forms) => {
    const { entities, trace } = parseEntities(body);
    const people = ofKind(entities, 'person');
    expect(
      people.map((person) => person.name),
      trace,
    ).toEqual([name]);
    for (const form of forms) expect(people[0]?.aliases, trace).toContain(form);
    expect(people[0]?.mentions.length, trace).toBe(1 + forms.length);
  });

  it('keeps two people who share a surname apart', () => {
    const { entities, trace } = parseEntities(
      'Former minister Laila Haddad met her brother, the lawyer Sami Haddad, on Monday. Laila Haddad said nothing.',
    );
    const names = ofKind(entities, 'person').map((person) => person.name);
    expect(names.sort(), trace).toEqual(['Laila Haddad', 'Sami Haddad']);
    expect(named(entities, 'person', 'Laila Haddad')?.mentions.length, trace).toBe(2);
  });

  it('reads a sentence opener before a known surname as that surname alone', () => {
    const { entities, trace } = parseEntities(
      'Senator Maria Lopez spoke first. Notice Lopez never named the plan. Lopez left early.',
    );
    const people = ofKind(entities, 'person');
    expect(
      people.map((person) => person.name),
      trace,
    ).toEqual(['Maria Lopez']);
    expect(
      people[0]?.mentions.map((mention) => mention.text),
      trace,
    ).toEqual(['Maria Lopez', 'Lopez', 'Lopez']);
  });

  it('reads a nickname before a known full name as a mention of that person', () => {
    const { entities, trace } = parseEntities(
      'Senator Maria Lopez spoke first. It was harder than debating Crafty Maria Lopez, he said.',
    );
    const people = ofKind(entities, 'person');
    expect(
      people.map((person) => person.name),
      trace,
    ).toEqual(['Maria Lopez']);
    expect(
      people[0]?.mentions.map((mention) => mention.text),
      trace,
    ).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('gives every mention a valid span and ids by kind', () => {
    const { text, entities } = parseEntities(
      'Former minister Dario Velasquez visited the Green Zone with the Free Workers Party (FWP). Velasquez left.',
    );
    for (const entity of entities) {
      expect(entity.id).toMatch(
        entity.kind === 'person' ? /^p\d+$/ : entity.kind === 'organisation' ? /^o\d+$/ : /^l\d+$/,
      );
      for (const mention of entity.mentions)
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  const given: Array<[string[], string[], boolean]> = [
    [['qassem'], ['qasim'], true],
    [['donald'], ['donald', 'j.'], true],
    [['j.'], ['john'], true],
    [[], ['hoshyar'], true],
    [['laila'], ['sami'], false],
    [['bill'], ['hillary'], false],
    [['ali'], ['eli'], false],
  ];
  it.each(given)('compatibleGiven(%j, %j) = %s', (a, b, expected) => {
    expect(compatibleGiven(a, b)).toBe(expected);
  });

  it('measures edit distance', () => {
    expect(editDistance('qassem', 'qasim')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
