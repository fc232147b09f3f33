// What a speaker phrase names: people, bodies and unnamed sources speak; documents, laws, places, counts and common
// nouns never do. Sentences written for the project.
import { describe, expect, it } from 'vitest';
import { ArticleFacts, classifySpeaker, speakerKindOf } from '../../electron/statements/speaker-kind';
import { extractStatements } from '../../electron/statements/extract';

describe('classifySpeaker on the phrase alone', () => {
  it('reads names as people', () => {
    for (const name of ['Anna Volkova', 'Marat Karabayev', 'Volkova', 'Brian K. Coombes', 'Ludwig van Beek', 'Werner', 'Brian']) {
      expect(classifySpeaker(name), name).toBe('person');
    }
  });

  it('reads ministries, governments, parties, companies, agencies, courts and the seats of power as institutions', () => {
    for (const body of ['the Ministry of Transport', 'the government', 'the Green Party', 'Orbis Logistics Corporation', 'the space agency', 'the Supreme Court', 'the Pentagon', 'the Kremlin', 'the State Department', 'the White House', 'Downing Street', 'NATO', 'Kestrel Research', 'Министерство транспорта', 'Кремль']) {
      expect(classifySpeaker(body), body).toBe('institution');
    }
  });

  it('reads unnamed people as anonymous sources', () => {
    for (const source of ['a source close to the talks', 'officials who spoke on condition of anonymity', 'a senior diplomat', 'one official', 'sources', 'critics', 'Western diplomats', 'Analysts', 'people familiar with the matter', 'Salafists', 'источник']) {
      expect(classifySpeaker(source), source).toBe('anonymous');
    }
  });

  it('never reads documents, laws, bills or polls as speakers', () => {
    for (const document of ['the report', 'a new poll by the institute', 'La Constitución', 'British Bill', 'the Road Safety Act', 'the explanatory notes of the bill', 'This post', 'the census', 'the 2019 study', 'доклад']) {
      expect(classifySpeaker(document), document).toBe('document');
      expect(speakerKindOf(document)).toBe('unknown');
    }
  });

  it('never reads quantifiers and shares of people as speakers', () => {
    for (const count of ['Few', 'some', 'many', 'Many of them', 'Others', '38 percent', '38 percent of voters', 'six in 10 voters', 'a majority', 'Twenty', 'Someone']) {
      expect(classifySpeaker(count), count).toBe('quantifier');
    }
  });

  it('never reads places as speakers', () => {
    for (const place of ['Cape Canaveral', 'Lake Baikal', 'Orange County', 'South Arlen', 'the United States', 'Fifth Avenue']) {
      expect(classifySpeaker(place), place).toBe('place');
    }
  });

  it('never reads common nouns, openers and pronoun forms as speakers', () => {
    for (const noun of ['Frequently', 'Business', 'Don’t', 'He’d', 'We’re', 'the cocaine', 'a new skin patch', 'basically', 'however', 'Although no group', 'Notes Some', 'Was Bartleby', 'Responsibility']) {
      expect(classifySpeaker(noun), noun).toBe('common');
    }
  });
});

describe('classifySpeaker with what the article says', () => {
  const text = 'Talks in Velaria stalled. Velarian officials left early. Security was tight. Talks on security went on. Amberly’s chief executive spoke. In Norvik Harbour, the mood was calm. Sam Velar, a trader, spoke.';
  const facts = new ArticleFacts(text, new Set(['Sam Velar', 'Velar']));

  it('reads a name the article places things in, or gives a demonym, as a place', () => {
    expect(classifySpeaker('Velaria', facts)).toBe('place');
    expect(classifySpeaker('Norvik', facts)).toBe('place');
    expect(classifySpeaker('Velaria')).toBe('person');
  });

  it('reads a capitalised word the article also writes in small letters as a common noun', () => {
    expect(classifySpeaker('Secure', facts)).toBe('person');
    expect(classifySpeaker('Tight', facts)).toBe('common');
    expect(classifySpeaker('Security', facts)).toBe('common');
    expect(classifySpeaker('Security')).toBe('person');
  });

  it('reads a name with a chief executive as a company, and a person the article introduces as a person', () => {
    expect(classifySpeaker('Amberly', facts)).toBe('institution');
    expect(classifySpeaker('Amberly')).toBe('person');
    expect(classifySpeaker('Velar', facts)).toBe('person');
  });
});

describe('statements keep their words when the subject cannot speak', () => {
  const found = (text: string) => extractStatements(text).map((s) => ({ speaker: s.speaker, kind: s.speakerKind, mention: s.mention, confidence: s.confidence }));

  it('gives a report no speaker, and less confidence, but keeps how it was named', () => {
    const [statement] = found('The annual report says that freight on the northern corridor grew by a fifth last year.');
    expect(statement).toMatchObject({ speaker: null, kind: 'unknown', mention: 'The annual report' });
    expect(statement!.confidence).toBeLessThanOrEqual(0.5);
  });

  it('gives a report by a body to that body', () => {
    const [statement] = found('A report by the Ministry of Transport said that the bridge will open in May.');
    expect(statement).toMatchObject({ speaker: 'Ministry of Transport', kind: 'institution' });
  });

  it('types the ministry, the source and the person', () => {
    const statements = found('The Ministry of Energy said that prices would stay the same. A source close to the talks said that the deal was near. Anna Volkova, the deputy minister, said that the pipeline was ready.');
    expect(statements.map((s) => s.kind)).toEqual(['institution', 'anonymous', 'person']);
    expect(statements[2]!.speaker).toBe('Anna Volkova');
  });

  it('gives a share of those polled no speaker', () => {
    const [statement] = found('In a poll released on Monday, 38 percent of voters said that the tax should go.');
    expect(statement).toMatchObject({ speaker: null, kind: 'unknown' });
  });

  it('sets unknown exactly when there is no speaker', () => {
    const statements = extractStatements('“We are ready,” Anna Volkova said. “The road is long,” the report said. Critics say the plan is too costly for the region.');
    expect(statements.length).toBeGreaterThan(1);
    for (const s of statements) expect(s.speakerKind === 'unknown').toBe(s.speaker === null);
  });
});
