import { describe, expect, it } from 'vitest';
import { inflections, isSpeechCue, reportingLemmaOf } from './reporting-verbs.js';

describe('reporting verbs', () => {
  const speech: Array<[string]> = [
    ['said'],
    ['has said'],
    ['Says'],
    ['told'],
    ['according to'],
    ['called on'],
    ['has called for'],
    ['added:'],
    ['warned'],
    ['denied'],
    ['insisted'],
    ['pointed out'],
    ['said in a phone interview'],
    ['tweeted'],
  ];
  it.each(speech)('%s is a speech cue', (cue) => {
    expect(isSpeechCue(cue)).toBe(true);
  });

  const notSpeech: Array<[string]> = [
    ['shows'],
    ['found'],
    ['believes'],
    ['called'],
    ['wants'],
    [':'],
    ['―'],
    [''],
  ];
  it.each(notSpeech)('%j is not a speech cue', (cue) => {
    expect(isSpeechCue(cue)).toBe(false);
  });

  const forms: Array<[string, string[]]> = [
    ['say', ['say', 'said', 'says', 'saying']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
  ];
  it.each(forms)('inflects %s', (lemma, expected) => {
    expect(inflections(lemma)).toEqual(expect.arrayContaining(expected));
    for (const form of expected) expect(reportingLemmaOf(form)).toBe(lemma);
  });
});
