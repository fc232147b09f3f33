// Clauses that the patterns for reported speech read but that say nothing anyone claimed. Texts written for the project.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../electron/statements/extract';

const texts = (text: string) => extractStatements(text).map((s) => s.text);

describe('what is not a statement', () => {
  it('leaves out the setting after "told reporters"', () => {
    const found = texts('“The border will stay open,” the spokesman Ali Hasanov told reporters aboard the presidential plane.');
    expect(found).toEqual(['The border will stay open']);
  });

  it('leaves out an opening phrase when the words said come after the verb', () => {
    const found = texts('In a long interview on Tuesday, Minister Anna Volkova also said:\n\nThe bridge will open in June.');
    expect(found.some((t) => t.startsWith('In a long interview'))).toBe(false);
  });

  it('reads "according to how" as a manner, not a source', () => {
    expect(texts('Fares are set according to how far the passenger travels on the new line.')).toEqual([]);
  });

  it('keeps "described … as …" and leaves out a description of events', () => {
    expect(texts('Officials described a long night of meetings in the capital.')).toEqual([]);
    const claim = extractStatements('The minister described the proposal as a step back for the whole region.');
    expect(claim.map((s) => s.text)).toContain('the proposal as a step back for the whole region');
  });

  it('still finds a short statement that opens with a preposition and has a verb', () => {
    const found = texts('Anna Volkova said that in the coming weeks the talks would resume in Baku.');
    expect(found).toContain('in the coming weeks the talks would resume in Baku');
  });

  it('ends a reported clause at a full stop before a bracket', () => {
    const found = texts('Anna Volkova said the talks would resume in May. (Reuters reported the same on Friday.)');
    expect(found).toContain('the talks would resume in May');
  });
});
