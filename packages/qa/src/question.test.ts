import { describe, expect, it } from 'vitest';
import { classifyQuestion } from './question.js';

describe('classifyQuestion', () => {
  // [question, kind, subject or casualty or said]
  const rows: Array<[string, string, string | undefined]> = [
    ['Who claimed the attack?', 'claimant', undefined],
    ['which group carried out the bombing', 'claimant', undefined],
    ["who's behind it", 'claimant', undefined],
    ['Who denied involvement?', 'denial', undefined],
    ['How many people were killed?', 'casualties', 'killed'],
    ['how many died', 'casualties', 'killed'],
    ['How many were wounded?', 'casualties', 'injured'],
    ['how many people are missing', 'casualties', 'missing'],
    ['What was the death toll?', 'casualties', 'killed'],
    ['Who was killed in the attack?', 'victims', 'killed'],
    ['How many missiles were fired?', 'count', 'missiles'],
    ['What did Zebary say?', 'quote', 'zebary'],
    ['What did Zebary say about Iran?', 'quote', 'zebary'],
    ['what has the interior minister warned about', 'quote', 'the interior minister'],
    ['Who said the worst will come?', 'speaker', 'the worst will come'],
    ['who called for calm', 'speaker', 'calm'],
    // Shot or stabbed: the dead or the wounded, whichever the article names.
    ['Who was shot?', 'victims', undefined],
    // What was attacked, asked with "who".
    ['Who was the target?', 'target', undefined],
    ['Who was attacked?', 'target', undefined],
    // Who fired the attack's weapons is who carried it out.
    ['Who fired the rockets?', 'perpetrator', undefined],
    ['who fired rockets at the embassy', 'perpetrator', undefined],
    // Calling a strike is doing something, not saying it.
    ['Who called a strike?', 'other', undefined],
    ['Who is Hoshyar Zebari?', 'identity', 'hoshyar zebari'],
    ['what is the Badr Organisation', 'identity', 'badr organisation'],
    ['What is the Northern Dawn Brigade?', 'identity', 'northern dawn brigade'],
    ["What's the Party of Free Workers?", 'identity', 'party of free workers'],
    ['Who leads Al-Nujaba?', 'leader', 'al-nujaba'],
    ['who is the leader of the Sable Front', 'leader', 'sable front'],
    ['Who is the Iranian ambassador to Iraq?', 'role', 'iranian ambassador to iraq'],
    ['When was the attack?', 'when', undefined],
    ['on what day did the rockets land', 'when', undefined],
    ['Where did the rockets land?', 'where', undefined],
    ['Where was this story filed from?', 'filed', undefined],
    ['Why did they attack the embassy?', 'why', undefined],
    ['Who wrote the article?', 'author', undefined],
    ['who reported this story', 'author', undefined],
    ['Who took responsibility', 'claimant', undefined],
    ['Who claimed responsibility for the attack?', 'claimant', undefined],
    ['Who carried out the attack?', 'perpetrator', undefined],
    ['who perpetrated the bombing', 'perpetrator', undefined],
    ['Who was the attacker?', 'perpetrator', undefined],
    ['who was the gunman', 'perpetrator', undefined],
    ["Who's the suspect?", 'perpetrator', undefined],
    ['Who was the suicide bomber?', 'perpetrator', undefined],
    ['Who attacked the checkpoint?', 'perpetrator', undefined],
    ["Who is the suspect's lawyer?", 'identity', "suspect's lawyer"],
    ['How many people lost their lives?', 'casualties', 'killed'],
    ['How far is Fallujah from Baghdad?', 'distance', 'fallujah from baghdad'],
    ['What was attacked?', 'target', undefined],
    ['What weapons were used?', 'weapon', undefined],
    ['which weapon did the gunmen use', 'weapon', undefined],
    ['What was fired at the depot?', 'weapon', undefined],
    ['What was the attack carried out with?', 'weapon', undefined],
    ['What happened?', 'summary', undefined],
    ["what's this story about", 'summary', undefined],
    ['Summarise the article.', 'summary', undefined],
    ['tl;dr', 'summary', undefined],
    ['What happened to the hostages?', 'other', undefined],
    ['How was the attack carried out with such force?', 'other', undefined],
  ];
  it.each(rows)('%s → %s', (question, kind, detail) => {
    const read = classifyQuestion(question);
    expect(read.kind).toBe(kind);
    if (detail !== undefined) expect([read.subject, read.casualty, read.said]).toContain(detail);
  });

  it('reads what the quotes asked for are about', () => {
    expect(classifyQuestion('What did Zebary say about Iran?').topic).toBe('iran');
    expect(classifyQuestion('what has the minister said on the new levy').topic).toBe('the new levy');
    expect(classifyQuestion('What did Zebary say?').topic).toBeUndefined();
  });

  // Questions no rule fits: they go to sentence retrieval.
  const others: Array<[string]> = [
    ['Who won the football match?'],
    ['What did the militias blame for the casualties?'],
    ['tell me something'],
    ['what is the best way to travel there'],
    [''],
  ];
  it.each(others)('%s → other', (question) => {
    expect(classifyQuestion(question).kind).toBe('other');
  });
});
