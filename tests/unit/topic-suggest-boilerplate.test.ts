// Suggested topics are subjects, not boilerplate: no phrase led or ended by a function word of a language without
// its own stopword list, no photo credit, no link of the page around the article, and nothing that one outlet
// prints on most of its pages. Every text here is written for this test.
import { describe, expect, it } from 'vitest';
import { FOREIGN_FUNCTION_WORDS, isCredit, isSiteChrome } from '../../electron/topics/boilerplate';
import { suggestTopics, type SuggestDocument } from '../../electron/topics/suggest';

const phrases = (docs: SuggestDocument[]) => suggestTopics(docs, { limit: 200 }).map((s) => s.phrase);

describe('topic suggestions leave boilerplate out', () => {
  it('keeps French, German and Spanish function words off the edges of a phrase', () => {
    const docs: SuggestDocument[] = [
      { id: 'f1', language: 'fr', text: 'Les ministres se sont réunis dans le port de Bakou pour parler de coopération énergétique régionale.' },
      { id: 'f2', language: 'fr', text: 'La délégation est arrivée dans le port de Bakou mardi; la coopération énergétique régionale était au menu.' },
      { id: 'f3', language: 'fr', text: 'Dans le port de Bakou, on attend les cargos. La coopération énergétique régionale progresse.' },
      { id: 'd1', language: 'de', text: 'Die Gespräche über die Energiepartnerschaft am Kaspischen Meer gehen für die Regierung weiter.' },
      { id: 'd2', language: 'de', text: 'Für die Regierung ist die Energiepartnerschaft am Kaspischen Meer ein Erfolg.' },
      { id: 'e1', language: 'es', text: 'Los ministros hablaron con los socios del corredor medio en Bakú.' },
      { id: 'e2', language: 'es', text: 'Con los socios del corredor medio se firmó un acuerdo.' },
    ];
    const found = phrases(docs);
    expect(found).toContain('coopération énergétique régionale');
    for (const phrase of found) {
      const words = phrase.toLowerCase().split(' ');
      expect(FOREIGN_FUNCTION_WORDS.has(words[0]!) || FOREIGN_FUNCTION_WORDS.has(words.at(-1)!), phrase).toBe(false);
    }
    expect(found.some((p) => /^dans le\b/i.test(p) || /^für die\b/i.test(p) || /^con los\b/i.test(p))).toBe(false);
  });

  it('keeps names that begin with a foreign article, and capitals that spell a function word', () => {
    const texts = ['Flights from Los Angeles to Baku resume, and Firefox OS phones are sold again.', 'Los Angeles airport adds a Baku route; Firefox OS is back.'];
    const found = phrases(texts.map((text, i) => ({ id: `n${i}`, language: 'en', text })));
    expect(found).toEqual(expect.arrayContaining(['Los Angeles', 'Firefox OS']));
  });

  it('drops photo credits but keeps the story beside them', () => {
    const stories = ['Cargo on the Middle Corridor rose in May.', 'Georgia expects more trains on the Middle Corridor.', 'The Middle Corridor needs new ports, Kazakhstan says.'];
    const docs: SuggestDocument[] = stories.map((story, i) => ({ id: `c${i}`, language: 'en', text: `${story}\nPhoto: Sergei Ivanov / Getty Images\nAFP Photo archive` }));
    const found = phrases(docs);
    expect(found).toContain('Middle Corridor');
    expect(found.filter((p) => /getty|afp|photo/i.test(p))).toEqual([]);
  });

  it('drops a phrase that one outlet prints on most of its pages, and keeps it when it is news across outlets', () => {
    const planet = (id: string, story: string): SuggestDocument => ({ id, source: 'Daily Planet', language: 'en', text: `${story}\n\nMorning Dispatch Desk in Metropolis` });
    const docs: SuggestDocument[] = [
      planet('p1', 'Caspian ferry tariffs will rise in spring, the operator said.'),
      planet('p2', 'Shippers complain about Caspian ferry tariffs.'),
      planet('p3', 'The harvest in the valley was early this year.'),
      planet('p4', 'A new bridge opened over the river.'),
      planet('p5', 'The city council met on Tuesday.'),
      { id: 'o1', source: 'Harbour Gazette', language: 'en', text: 'Caspian ferry tariffs are on the agenda again.' },
    ];
    const found = phrases(docs);
    expect(found).toContain('Caspian ferry tariffs');
    expect(found.filter((p) => /Dispatch Desk/.test(p))).toEqual([]);

    // The same words without the outlets known are no outlet's furniture: what drops them is the count by outlet.
    const anonymous = docs.map(({ source: _source, ...doc }) => doc);
    expect(phrases(anonymous).some((p) => /Dispatch Desk/.test(p))).toBe(true);

    // A phrase that several outlets print is news, however often one of them prints it.
    const spread = [...docs, ...['q1', 'q2', 'q3'].map((id, i) => ({ id, source: `Outlet ${i}`, language: 'en', text: 'The Morning Dispatch Desk in Metropolis won a prize.' }))];
    expect(phrases(spread).some((p) => /Dispatch Desk/.test(p))).toBe(true);
  });

  it('drops the links and notices of the page around the article', () => {
    const docs: SuggestDocument[] = ['x', 'y'].map((id) => ({ id, language: 'en', text: `Ferry traffic doubled.\nContinue reading the main story\nSign up for our newsletter` }));
    const found = phrases(docs);
    expect(found.filter((p) => /continue reading|sign up|newsletter/i.test(p))).toEqual([]);
    expect(isSiteChrome('Continue reading the main')).toBe(true);
    expect(isSiteChrome('Privacy Policy')).toBe(true);
    expect(isSiteChrome('Middle Corridor')).toBe(false);
  });

  it('tells a credit line from news about pictures', () => {
    expect(isCredit('Getty Images')).toBe(true);
    expect(isCredit('SOPA Images')).toBe(true);
    expect(isCredit('AP Photo')).toBe(true);
    expect(isCredit('satellite images')).toBe(false);
    expect(isCredit('Trans-Caspian International Transport Route')).toBe(false);
  });
});
