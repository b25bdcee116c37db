import { describe, expect, it } from 'vitest';
import { isValidSpan, spanOf } from '../span.js';
import type { AttackEvent } from '../types.js';
import { eventsParser } from './events.js';
import { parseIncident } from './incident/testing.js';
import { contextAfter } from './testing.js';

type Expected = Partial<Pick<AttackEvent, 'kind' | 'weapon' | 'count' | 'place' | 'date'>> & {
  target?: string;
  outcome?: string;
};

function eventsOf(text: string): AttackEvent[] {
  const article = parseIncident(text);
  for (const event of article.events) {
    expect(isValidSpan(text, event.span)).toBe(true);
    if (event.attacker) expect(isValidSpan(text, event.attacker.span)).toBe(true);
  }
  return article.events;
}

describe('attack events', () => {
  const rows: Array<[string, Expected]> = [
    [
      'Officials said the use of rockets to attack the French Consulate in Mosul on Sunday was a warning.',
      { kind: 'rocket attack', weapon: 'rockets', target: 'the French Consulate', place: 'Mosul' },
    ],
    [
      'The five missiles had all missed their targets.',
      { kind: 'rocket attack', weapon: 'missiles', count: 5, outcome: 'missed their targets' },
    ],
    [
      'One of the rockets landed in Palm Grove Park.',
      { kind: 'rocket attack', weapon: 'rockets', place: 'Palm Grove Park' },
    ],
    ['An IED planted on a motorcycle exploded in the market.', { kind: 'bombing', weapon: 'IED' }],
    ['TWO KILLED IN CAR BOMB ATTACK ON CHECKPOINT', { kind: 'bombing', weapon: 'CAR BOMB' }],
    [
      'Two car bombs exploded outside the central market in Karsa.',
      { kind: 'bombing', weapon: 'car bombs', count: 2, place: 'Karsa' },
    ],
    [
      'A gunman armed with a rifle attacked a synagogue in Lindau.',
      { kind: 'shooting', weapon: 'rifle', target: 'a synagogue' },
    ],
    ['A man with a knife attacked passengers at the station.', { kind: 'stabbing', weapon: 'knife' }],
    ['Militants stormed the Blue Lagoon Hotel at dawn.', { kind: 'attack', target: 'the Blue Lagoon Hotel' }],
  ];
  it.each(rows)('%s', (text, expected) => {
    const events = eventsOf(text);
    const event = events[0];
    expect(event, JSON.stringify(events)).toBeDefined();
    const { target, outcome, ...fields } = expected;
    expect(event).toMatchObject(fields);
    if (target) expect(event?.target).toContain(target);
    if (outcome) expect(event?.outcome).toContain(outcome);
  });

  it('merges the mentions of one attack: target from one sentence, count from another', () => {
    const text =
      'Rockets were used to attack the Danish Embassy in Tarsa on Monday evening. Later it became clear that the nine rockets had all missed their targets.';
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'rocket attack', count: 9, place: 'Tarsa' });
    expect(events[0]?.target).toContain('Danish Embassy');
  });

  it('reads a detonated vest as the bomb', () => {
    const [event] = eventsOf(
      'A suicide bomber detonated his vest outside the Palace of Justice, killing 12 people.',
    );
    expect(event).toMatchObject({ kind: 'bombing', weapon: 'vest' });
  });

  it('reads "an explosive device" as one weapon', () => {
    const [event] = eventsOf(
      'Nine troopers were killed when militants set off an explosive device near their vehicle.',
    );
    expect(event).toMatchObject({ kind: 'bombing', weapon: 'explosive device' });
  });

  it('takes the date of a date mention inside the sentence', () => {
    const text = 'Rockets were fired to attack the Danish Embassy in Tarsa on Monday evening.';
    const start = text.indexOf('Monday evening');
    const dates = [{ text: spanOf(text, start, start + 14), date: '2021-03-08', precision: 'day' as const }];
    const article = parseIncident(text, '2021-03-10', dates);
    expect(article.events[0]?.date).toBe('2021-03-08');
  });
});

describe('not attack events', () => {
  const rows: string[] = [
    'The minister met the ambassador on Tuesday.',
    'Critics mocked the failed bombing operations of the group.',
    'Sunnis questioned their daily attacks on diplomatic missions.',
    'The town lies about 50 kilometres west of the capital.',
    'The National Rifle Association said the attacks highlight the threat.',
    'Royal Dutch Shell said its Berre refinery will shut down in April.',
    'Ericsson said it signed a contract to supply its AXE Telephone exchanges.',
    // Weapon words that name no weapon.
    'The anchor crosses swords with the senator over trade.',
    'Expanded trade is a double-edged sword for the port.',
    'Malware could turn the phone into a listening device.',
    'Quotas, the major device used to regulate coffee prices, were suspended.',
    'Traders watched the soaring pound and the potentially explosive Canadian dollar.',
    'They could use the territory of the neighbour to bomb the plant.',
    'Construction workers in yellow vests swarmed over the new clubhouse.',
  ];
  it.each(rows)('%s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('the attacker the text states as fact', () => {
  // [text, the attacker's name]
  const rows: Array<[string, string]> = [
    ['Dawa Karim militants attacked a displacement camp near Kessling, killing 12 people.', 'Dawa Karim'],
    [
      'Northern Front militants in trucks and on motorcycles attacked the village of Orlo, killing 40.',
      'Northern Front',
    ],
    [
      'At least 40 soldiers were killed when the Crimson Hand Army attacked a checkpoint in Arvenne.',
      'Crimson Hand Army',
    ],
    [
      'Nine people were killed when fighters of the Kessian group Ansar Dawla attacked the compound.',
      'Ansar Dawla',
    ],
    [
      'Ansar Dawla in the Greater Sahel militants ambushed a convoy of aid workers.',
      'Ansar Dawla in the Greater Sahel',
    ],
    ['Ansar Dawla militants carried out suicide bombings in the city of Orlo, killing 60.', 'Ansar Dawla'],
    [
      'Five people were killed in a shooting carried out by a Red Dawn Brigade militant at a church in Orlo.',
      'Red Dawn Brigade',
    ],
    ['Seven people were killed in an attack by the Crimson Hand Army.', 'Crimson Hand Army'],
    [
      'At least 50 people were killed when a Dawla Front suicide bomber exploded an ambulance near the square.',
      'Dawla Front',
    ],
    [
      '20 civilians were killed when 3 Ansar Dawla suicide bombers detonated their explosives in the market.',
      'Ansar Dawla',
    ],
    ['A Northern Front attack caused at least 30 deaths.', 'Northern Front'],
    ['An al Kessia double suicide car bombing killed at least 20 people.', 'al Kessia'],
    [
      'A gunman affiliated with the Northern Front attacked the towns of Arvenne and Kessling.',
      'Northern Front',
    ],
    [
      'The school has often been attacked by militants belonging to the regional Northern Front of Varga – Kessling Province.',
      'Northern Front of Varga',
    ],
    ['The gunmen belonged to the Brigade 12 militant group, police said.', 'Brigade 12'],
    // A person after a description of age or birthplace.
    ['52 year old Karl Meyer drove into pedestrians on the Harbour Bridge, killing 4.', 'Karl Meyer'],
    [
      '25 year old Libyan born Idris Varga attacked two groups of people in a park, killing three.',
      'Idris Varga',
    ],
    // The attackers' group, never the victim named after the verb.
    [
      'Northern Front militants attacked the house of former Crimson Hand spokesman Adam Kessler, killing him.',
      'Northern Front',
    ],
    ['Police attacked protesters in the square.', 'Police'],
    [
      'Militants of the Northern Liberation Front (NLF) attacked a police post in Orlo, killing five officers.',
      'Northern Liberation Front',
    ],
  ];
  it.each(rows)('%s', (text, name) => {
    const events = eventsOf(text);
    expect(events.map((event) => event.attacker?.name ?? null)).toEqual([name]);
  });

  it('fills the event from a sentence that names only the attackers', () => {
    const text =
      'Two car bombs exploded outside the central market in Karsa. The bombers were members of the Northern Front.';
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'bombing',
      weapon: 'car bombs',
      attacker: { name: 'Northern Front' },
    });
  });

  it('makes an event of attackers named apart from an attack without weapon or target', () => {
    const text =
      'A gunman opened fire on shoppers, killing three. The shooter was a member of the Crimson Hand Army.';
    const events = eventsOf(text);
    expect(events.map((event) => [event.kind, event.attacker?.name])).toEqual([
      ['shooting', 'Crimson Hand Army'],
    ]);
  });

  it('merges the attacker of a later mention into the attack', () => {
    const text =
      'Rockets were used to attack the Danish Embassy in Tarsa on Monday evening. The Crimson Hand Army fired the rockets from a field.';
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0]?.attacker?.name).toBe('Crimson Hand Army');
    expect(events[0]?.attacker?.span.text).toBe('Crimson Hand Army');
  });

  it('resolves the attacker to the entity of the article', () => {
    const text = 'Northern Liberation Front militants attacked a police post in Orlo, killing five officers.';
    const context = contextAfter(text);
    // What the entities parser would find: the group, under the name it gives it.
    const mention = spanOf(text, 0, 'Northern Liberation Front'.length);
    context.article.entities = [
      {
        id: 'o1',
        kind: 'organisation',
        name: 'Northern Liberation Front',
        aliases: ['NLF'],
        roles: [],
        mentions: [mention],
      },
    ];
    eventsParser.parse(context);
    expect(context.article.events.map((event) => event.attacker)).toEqual([
      { name: 'Northern Liberation Front', entityId: 'o1', span: mention },
    ]);
  });
});

describe('no attacker stated', () => {
  const rows: string[] = [
    // No group named: the attackers alone, a mob, a count.
    'Militants attacked the house of former Northern Front spokesman Adam Kessler, killing him.',
    'Unknown militants attacked a bus, killing 31.',
    'Gunmen stormed the Blue Lagoon Hotel and killed 20 guests.',
    'The attackers detonated a car bomb at the gate of the Blue Lagoon Hotel.',
    'Around 20 gunmen attacked the village of Orlo.',
    'A suicide bomber attacked a mosque in Orlo, killing 30.',
    'The journalist was attacked by a mob outside the court.',
    'Syrian gunmen attacked a bus near the border crossing.',
    // The reply to the attack, not the attack.
    'The gunmen were later attacked by police and killed.',
    'Police shot the gunman dead after he attacked the guards at the Blue Lagoon Hotel.',
    'Security forces stormed the hotel and killed the three gunmen.',
    'Five militants were killed by the Nigerian Army near the Blue Lagoon Hotel.',
    // A suspicion is the claims parser's.
    'Suspected Northern Front militants attacked a checkpoint in Orlo.',
    'The bus was attacked by suspected Northern Front militants.',
    // Not an attack: a task carried out, a war of words in a headline in capitals.
    'After the bombing, the cleanup, which was carried out by the Northern Front, took days.',
    'NORTHERN FRONT ATTACKS KESSLING BOMB RULING',
    // A person without a description of age or origin; a place or a target before "attack".
    'Ivan Petrov attacked the government in a speech on Monday.',
    'The Kessling attack killed 30 people at the Blue Lagoon Hotel.',
    'Nine died in the Daily Lantern shooting at the Blue Lagoon Hotel.',
    // The police as what was attacked.
    'Police post attacked in Orlo',
    // The phrase before an infinitive is not its subject.
    'The men had picked a number of police officers to attack in Orlo.',
    // A phrase that opens with a preposition is no subject.
    'In Kessling Province militants attacked a village, killing 9.',
  ];
  it.each(rows)('%s', (text) => {
    expect(eventsOf(text).map((event) => event.attacker)).toEqual(eventsOf(text).map(() => null));
  });
});
