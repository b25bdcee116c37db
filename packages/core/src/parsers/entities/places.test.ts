import { describe, expect, it } from 'vitest';
import { named, ofKind, parseEntities } from './test-helpers.js';

/** [story text, place names that must be found] */
const places: Array<[string, string[]]> = [
  ['Rockets hit the Green Zone in Baghdad on Tuesday.', ['Green Zone', 'Baghdad']],
  ['One shell landed in Al-Rasheed Park near the embassy.', ['Al-Rasheed Park']],
  // An unknown name after "in" with nothing else claiming it.
  ['Another landed in Bab al-Sharqi, far from the embassy.', ['Bab al-Sharqi']],
  ['MOSUL – Two bridges were closed on Friday.', ['MOSUL']],
  [
    'Delegates from Saudi Arabia and the United Arab Emirates (UAE) met in Riyadh.',
    ['Saudi Arabia', 'United Arab Emirates', 'Riyadh'],
  ],
  ['Crowds gathered in Tahrir Square.', ['Tahrir Square']],
];

const notPlaces: Array<[string, string]> = [
  ['In January the council met twice.', 'a month after "in"'],
  ['The vote was held in secret, officials said.', 'a lower-case word after "in"'],
];

describe('entities: places', () => {
  it.each(places)('%s → %j', (body, names) => {
    const { entities, trace } = parseEntities(body);
    for (const name of names) {
      expect(
        named(entities, 'place', name),
        `${name}: ${JSON.stringify(entities.map((e) => e.name))}\n${trace}`,
      ).toBeDefined();
    }
  });

  it('keeps the relative position on the place it locates', () => {
    const { entities, trace } = parseEntities(
      'Three men were arrested in the city of Samarra about 125 kilometres north of Baghdad.',
    );
    expect(named(entities, 'place', 'Samarra')?.position, trace).toBe(
      'about 125 kilometres north of Baghdad',
    );
    expect(named(entities, 'place', 'Baghdad')?.position, trace).toBeUndefined();
  });

  it('links the variants of a country into one place', () => {
    const { entities, trace } = parseEntities(
      'The US sent envoys. The United States said talks would resume.',
    );
    const country = named(entities, 'place', 'United States');
    expect(country?.aliases, trace).toContain('US');
    expect(country?.mentions.length, trace).toBe(2);
  });

  it.each(notPlaces)('no place in %s (%s)', (body) => {
    const { entities, trace } = parseEntities(body);
    expect(ofKind(entities, 'place'), trace).toEqual([]);
  });
});
