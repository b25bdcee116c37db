import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parser.js';
import { isValidSpan } from '../span.js';
import type { Claim, ClaimKind } from '../types.js';
import { parseIncident } from './incident/testing.js';

function claimsOf(text: string): Claim[] {
  const article = parseIncident(text);
  for (const claim of article.claims) {
    expect(isValidSpan(text, claim.span)).toBe(true);
    if (claim.actor) expect(isValidSpan(text, claim.actor.span)).toBe(true);
  }
  return article.claims;
}

describe('claims, denials, blame and suspicion', () => {
  // Each row: a sentence written for this test, the kind, the actor (null for none), the event (when judged).
  const rows: Array<[string, ClaimKind, string | null, string | undefined]> = [
    [
      'The Northern Dawn Front claimed responsibility for the Friday bombing.',
      'claimed',
      'Northern Dawn Front',
      'the Friday bombing',
    ],
    [
      'The Saraya al-Nour militia, founded by the Kataib Rahma brigade led by Omar al-Hadi, claimed responsibility for the Monday attacks, which it said avenged its fighters.',
      'claimed',
      'Saraya al-Nour',
      'the Monday attacks',
    ],
    ['The raid was claimed by the Crimson Hand Army.', 'claimed', 'Crimson Hand Army', undefined],
    [
      'It was claimed by Islamist group Jund al Haqq Brigade, who said it was a car bomb.',
      'claimed',
      'Jund al Haqq Brigade',
      undefined,
    ],
    [
      'The Eastern Shield group said it carried out the attack on the pipeline.',
      'claimed',
      'Eastern Shield',
      undefined,
    ],
    [
      'The Valley Liberation Movement later claimed responsibility.',
      'claimed',
      'Valley Liberation Movement',
      undefined,
    ],
    ['The Coastal Brigade claimed the attack in a statement.', 'claimed', 'Coastal Brigade', 'the attack'],
    [
      'A spokesman for the Red Dawn Front claimed responsibility for the blast.',
      'claimed',
      'Red Dawn Front',
      'the blast',
    ],
    ['The Mountain Tigers took responsibility for the ambush.', 'claimed', 'Mountain Tigers', 'the ambush'],
    ['Al-Harith, the northern militant group, claimed responsibility.', 'claimed', 'Al-Harith', undefined],
    [
      'In a statement, the Lion Brigade said its fighters carried out the raid.',
      'claimed',
      'Lion Brigade',
      undefined,
    ],
    [
      'Harakat-ul-Nasr Kashmir (HNK) claimed responsibility for the attack.',
      'claimed',
      'Harakat-ul-Nasr Kashmir',
      'the attack',
    ],
    [
      'The Red Crescent Front, also known as RCF, claimed responsibility.',
      'claimed',
      'Red Crescent Front',
      undefined,
    ],
    [
      'A Dawn Army spokesman, Karim Odeh, claimed responsibility for the attack.',
      'claimed',
      'Dawn Army',
      'the attack',
    ],
    [
      'Jund in the Western Hills said it was behind the attack.',
      'claimed',
      'Jund in the Western Hills',
      undefined,
    ],
    ['Authorities have blamed the attack on the Sun Brigade.', 'blamed', 'Sun Brigade', 'the attack'],
    ['Police attributed the bombing to the Hill Tigers.', 'suspected', 'Hill Tigers', undefined],
    ['The Desert Falcons denied involvement in the shooting.', 'denied', 'Desert Falcons', 'the shooting'],
    [
      'A spokesman for the Desert Falcons, Omar Tessin, denied the group was involved.',
      'denied',
      'Desert Falcons',
      undefined,
    ],
    ['The Hill Front denied it was behind the bombing.', 'denied', 'Hill Front', undefined],
    [
      'Moscow-backed militias in the region have stayed silent, however, denying involvement in any strike on the port.',
      'denied',
      'Moscow-backed militias',
      undefined,
    ],
    [
      'The River Defence Council claimed that they had nothing to do with the kidnappings.',
      'denied',
      'River Defence Council',
      'the kidnappings',
    ],
    ['No group has claimed responsibility for the explosion.', 'unclaimed', null, 'the explosion'],
    ['There was no immediate claim of responsibility.', 'unclaimed', null, undefined],
    ['Nobody has claimed responsibility so far.', 'unclaimed', null, undefined],
    ['Nobody has claimed the attack so far.', 'unclaimed', null, undefined],
    ['No group has yet claimed the bombings.', 'unclaimed', null, undefined],
    ['Officials blamed the Southern Hawks for the attack.', 'blamed', 'Southern Hawks', 'the attack'],
    ['Rebels blamed the Saudi-led coalition for the strike.', 'blamed', 'Saudi-led coalition', 'the strike'],
    [
      'A breakaway Taliban group claimed responsibility for the bombing.',
      'claimed',
      'breakaway Taliban group',
      'the bombing',
    ],
    ['The Taliban group claimed responsibility for the bombing.', 'claimed', 'Taliban', 'the bombing'],
    [
      'The ministry blamed the Northern alliance for the bombing.',
      'blamed',
      'Northern alliance',
      'the bombing',
    ],
    ['The blast was blamed on the River Army.', 'blamed', 'River Army', undefined],
    ['The Northern Wolves are suspected.', 'suspected', 'Northern Wolves', undefined],
    [
      'The Island Liberation Front is suspected to be behind the attack.',
      'suspected',
      'Island Liberation Front',
      undefined,
    ],
    ['The Black Banner group is believed to be behind the bombing.', 'suspected', 'Black Banner', undefined],
    [
      'No group claimed responsibility, but local authorities suspect the Hill Front.',
      'suspected',
      'Hill Front',
      undefined,
    ],
  ];
  it.each(rows)('%s', (text, kind, actor, event) => {
    const claims = claimsOf(text);
    const claim = claims.find((item) => item.kind === kind);
    expect(claim, JSON.stringify(claims, null, 1)).toBeDefined();
    if (actor === null) expect(claim?.actor).toBeNull();
    else expect(claim?.actor?.name).toBe(actor);
    if (event !== undefined) expect(claim?.event).toBe(event);
  });

  it('reads the blame that follows a denial', () => {
    const claims = claimsOf('The Houthis denied responsibility for the strike, blaming the coalition.');
    expect(claims.map((claim) => [claim.kind, claim.actor?.name])).toEqual([
      ['denied', 'Houthis'],
      ['blamed', 'coalition'],
    ]);
  });

  it('gives each of several claimants its own claim', () => {
    const claims = claimsOf('Both the Sun Brigade and Jaish al Qamar claimed responsibility.');
    expect(claims.map((claim) => claim.actor?.name)).toEqual(['Sun Brigade', 'Jaish al Qamar']);
  });
});

describe('not claims', () => {
  const rows: string[] = [
    'The militias do not claim official responsibility for these operations.',
    'Their task is to claim attacks on the embassy.',
    'The bombing claimed 7 lives at the market.',
    // Statements, not claims of responsibility.
    'Halbritter led the campaign to change the mascot because he claimed it was offensive.',
    'IBM said the new group is responsible for direct sales and service of the product line.',
    'Ross attributed this to Mark Hoenig, the chief executive of the council.',
    'At least 40 were killed, other sources claiming 50.',
    'The shooting happened near the baggage claim in Terminal 2.',
    'He blamed immigrants for the state of the economy.',
    'The suspect was arrested at the border.',
    'The group issued a statement on Friday.',
    'We cannot deny the right of citizens to question them.',
    'The judge rejected that argument on Monday.',
    'I have taken responsibility for the budget.',
    'Critics blamed the losses on the policies of the mayor.',
    'The doctor has been called out by fellow doctors.',
    'Thousands marched on Sunday, blaming the government.',
    'Investors shrugged off claims by opposition MPs that the budget was rigged.',
    'He gave no details on output against claims it would cut supply.',
    'The stabbing was attributed to Islamic extremism, prosecutors said.',
    'There is suspected to be a link to the bombing.',
  ];
  it.each(rows)('%s', (text) => {
    const claims = claimsOf(text).filter((claim) => claim.kind !== 'unclaimed');
    expect(claims).toEqual([]);
  });

  it('does not read "no group has claimed" as a claim', () => {
    const claims = claimsOf('No group has claimed responsibility yet.');
    expect(claims.map((claim) => claim.kind)).toEqual(['unclaimed']);
  });
});

describe('a person named as the attacker', () => {
  function individualsOf(text: string): Claim[] {
    return claimsOf(text).filter((claim) => claim.individual === true);
  }

  // Each row: text written for this test, the person suspected, and the claim's span.
  const rows: Array<[string, string, string]> = [
    [
      'Three people were stabbed near the station. The attacker, 31 year old convicted extremist Daniel Okafor, was shot dead by police.',
      'Daniel Okafor',
      'The attacker, 31 year old convicted extremist Daniel Okafor',
    ],
    [
      'The gunman, Northern Front loyalist Dario Brandt, opened fire on the crowd.',
      'Dario Brandt',
      'The gunman, Northern Front loyalist Dario Brandt',
    ],
    [
      'The suspect, Lionel Marchetti, has 14 previous convictions for robbery and assault.',
      'Lionel Marchetti',
      'The suspect, Lionel Marchetti',
    ],
    [
      'The suspect, 23 year old Ruben Castell of Lakeview, Ohio, blew himself up in his car.',
      'Ruben Castell',
      'The suspect, 23 year old Ruben Castell',
    ],
    [
      'Four people were shot in the square. The attacker was identified as Jonas Vekić, a supporter of the Northern Front.',
      'Jonas Vekić',
      'The attacker was identified as Jonas Vekić',
    ],
    [
      'A gunman held 9 people hostage on a ferry. The gunman, identified as Pavel Rudenko was arrested.',
      'Pavel Rudenko',
      'The gunman, identified as Pavel Rudenko',
    ],
    [
      'The assailant has been identified by police as Marta Oyelaran, who stabbed two people.',
      'Marta Oyelaran',
      'The assailant has been identified by police as Marta Oyelaran',
    ],
    [
      'A gunman identified as Arab Dutch Tomas Reyes Ortega (seen on a camera) fired into a cafe.',
      'Tomas Reyes Ortega',
      'A gunman identified as Arab Dutch Tomas Reyes Ortega',
    ],
    [
      'Police identified the shooter as 25 year old Libyan-born Omar Haddad after the shooting.',
      'Omar Haddad',
      'the shooter as 25 year old Libyan-born Omar Haddad',
    ],
    [
      'A man named Idris Kamara rammed his van into a crowd on the promenade.',
      'Idris Kamara',
      'A man named Idris Kamara',
    ],
    [
      'A 19 year old woman named Greta Lindqvist then stabbed a guard at the gate.',
      'Greta Lindqvist',
      'A 19 year old woman named Greta Lindqvist',
    ],
    [
      'A suicide bomber named Farid Osmani blew himself up at the checkpoint.',
      'Farid Osmani',
      'A suicide bomber named Farid Osmani',
    ],
    [
      'Police said Ivan Petrov, the gunman, was shot dead after the siege.',
      'Ivan Petrov',
      'Ivan Petrov, the gunman',
    ],
    [
      'Abu Bakr al Mansour, the suspected bomber, was arrested at the border.',
      'Abu Bakr al Mansour',
      'Abu Bakr al Mansour, the suspected bomber',
    ],
    [
      'The perpetrator, John T. Earnshaw, posted a manifesto before the shooting.',
      'John T. Earnshaw',
      'The perpetrator, John T. Earnshaw',
    ],
  ];
  it.each(rows)('%s', (text, person, span) => {
    const claims = individualsOf(text);
    expect(claims.map((claim) => [claim.kind, claim.actor?.name, claim.span.text])).toEqual([
      ['suspected', person, span],
    ]);
  });

  it('names the person before the group that claimed the attack, keeping both', () => {
    const claims = claimsOf(
      'Two people were stabbed on the bridge. The attacker, Karim Delacroix, was shot by police. The Northern Front claimed responsibility for the attack.',
    );
    expect(claims.map((claim) => [claim.kind, claim.actor?.name, claim.individual ?? false])).toEqual([
      ['suspected', 'Karim Delacroix', true],
      ['claimed', 'Northern Front', false],
    ]);
  });

  it('resolves the person to the entity the entities parser found, by surname too', () => {
    const text =
      'Gunman kills two at school\n\nErik Halvorsen opened fire at a school in Dunmore on Monday, killing two pupils, police said.\n\nHalvorsen, the gunman, was killed by police after the shooting.';
    const article = parseArticle(text);
    const person = article.entities.find((entity) => entity.name === 'Erik Halvorsen');
    expect(person?.kind).toBe('person');
    const claims = article.claims.filter((claim) => claim.individual === true);
    expect(claims.map((claim) => [claim.actor?.name, claim.actor?.entityId, claim.actor?.span.text])).toEqual(
      [['Erik Halvorsen', person?.id, 'Halvorsen']],
    );
  });

  // Text that names a person near an attack role, who is not the attacker, or names no person at all.
  const negatives: string[] = [
    'The victim, Maria Lopez, died in hospital after the attack.',
    'A police officer, John Smith, said the attacker fled on foot.',
    'The mayor, Helen Ward, condemned the bombing.',
    "The gunman's brother, Karl Meyer, said he was shocked by the shooting.",
    'The brother of the attacker, Karl Meyer, said the family was shocked by the shooting.',
    'The attacker, who was 28, fled after the stabbing.',
    'The bomber, police said, was killed in the blast.',
    'The suspect, a 23-year-old man, was arrested after the shooting.',
    'The attacker was identified as a Syrian national from Leeds after the stabbing.',
    'The gunman was identified as Ahmed, a student, after the shooting.',
    'In Little Rock, the gunman opened fire on a bus.',
    'On Tuesday, the attacker stabbed two guards.',
    'A man named Karl Meyer was killed in the attack.',
    'A man named Karl Meyer was shot dead by police after the attack.',
    'The attacker, Islamic State, killed 4 people.',
    'Police believe the attacker was from New Jersey and acted alone in the shooting.',
    'The Northern Front claimed the attack and identified the suicide bomber as Abu Hamza al Shami.',
  ];
  it.each(negatives)('%s', (text) => {
    expect(individualsOf(text)).toEqual([]);
  });
});
