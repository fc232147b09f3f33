// Role nouns, institutions and pronouns resolved over the whole article, not to whoever it named last. The texts
// are written for the project.
import { describe, expect, it } from 'vitest';
import { extractStatements, introducedPeople } from '../../electron/statements/extract';
import type { OfficialDetail, OfficialSummary } from '../../electron/api/types';
import { testApp } from '../helpers/app';
import { checkProposal } from '../../electron/statements/proposal-check';

const speakerOf = (text: string, words: string) => {
  const found = extractStatements(text).find((s) => s.text.includes(words));
  if (!found) throw new Error(`no statement with “${words}”`);
  return found;
};

const TALKS = [
  "Azerbaijan's Foreign Ministry issued a statement on Monday after a day of talks in Baku.",
  '',
  'Foreign Minister Jeyhun Bayramov met his Georgian counterpart, Ilia Darchiashvili, at the ministry. Darchiashvili praised the hosts. The minister said the talks had been constructive.',
  '',
  'Hikmet Hajiyev, assistant to the President of Azerbaijan, told reporters that the border would remain open. Maria Lopez, a spokeswoman for the European Commission, welcomed the meeting, and Pedro Alves of Portugal joined later. The presidential aide said that no decision on tariffs had been taken yet.',
  '',
  'The spokeswoman said the Commission would send observers to the next round. The ministry said it would publish the minutes on Friday.',
  '',
  'Bayramov later spoke to Lopez and to Alves by phone. She said the call had been useful.',
].join('\n');

describe('coreference over the whole article', () => {
  it('gives a role noun to the person introduced with that role, not to the person named last', () => {
    // Darchiashvili is the sentence subject named last before "The minister"; Bayramov is the minister.
    expect(speakerOf(TALKS, 'talks had been constructive').speaker).toBe('Jeyhun Bayramov');
    // "presidential aide" fits "assistant to the President"; Lopez and Alves were named in between.
    expect(speakerOf(TALKS, 'no decision on tariffs').speaker).toBe('Hikmet Hajiyev');
    expect(speakerOf(TALKS, 'send observers').speaker).toBe('Maria Lopez');
  });

  it('names the institution the article named when it says "the ministry"', () => {
    const s = speakerOf(TALKS, 'publish the minutes');
    expect(s.speaker).toBe('Foreign Ministry');
    expect(s.speakerKind).toBe('institution');
  });

  it('keeps a ministry the article did not name as it is said', () => {
    const text = 'The Foreign Ministry hosted the talks. The health ministry said it would open two clinics in the region.';
    expect(speakerOf(text, 'two clinics').speaker?.toLowerCase()).toBe('health ministry');
  });

  it('gives "she" to the woman named before, past the men named after her', () => {
    expect(speakerOf(TALKS, 'call had been useful').speaker).toBe('Maria Lopez');
  });

  it('tells two ministers apart by what describes the role', () => {
    const text = [
      'Defence Minister Zakir Hasanov and Foreign Minister Jeyhun Bayramov attended the ceremony.',
      'Bayramov spoke first. The defence minister said the army would hold no exercises near the border this year.',
    ].join(' ');
    expect(speakerOf(text, 'no exercises').speaker).toBe('Zakir Hasanov');
  });

  it('puts a role noun’s statements in the chain of the person it names', () => {
    const text = [
      'Azerbaijani Foreign Minister Jeyhun Bayramov said on Monday that the talks would resume in May.',
      'Ilia Darchiashvili, the Georgian foreign minister, was also in Baku. Darchiashvili arrived late.',
      'Later the Azerbaijani minister told reporters that a treaty could be signed within a year.',
    ].join(' ');
    const statements = extractStatements(text);
    const first = statements.find((s) => s.text.includes('resume in May'))!;
    const later = statements.find((s) => s.text.includes('treaty could be signed'))!;
    expect(first.speaker).toBe('Jeyhun Bayramov');
    expect(later.speaker).toBe('Jeyhun Bayramov');
    expect(later.chain).toBe(first.chain);
  });
});

describe('people introduced with a role', () => {
  it('reads titles, roles before a comma and appositions in small letters', () => {
    const people = introducedPeople(TALKS).map((p) => [p.name, p.role]);
    expect(people).toContainEqual(['Jeyhun Bayramov', 'Foreign Minister']);
    expect(people).toContainEqual(['Ilia Darchiashvili', 'his Georgian counterpart']);
    expect(people).toContainEqual(['Maria Lopez', 'spokeswoman for the European Commission']);
    expect(people).toContainEqual(['Hikmet Hajiyev', 'assistant to the President of Azerbaijan']);
  });

  it('reads no thing named after a capitalised adjective, and proposes no body', () => {
    const text = 'The code is released under the GNU General Public License. The Official Language Standard was revised. Judges of the Supreme Court, Court of Appeal, said the ruling stood.';
    expect(introducedPeople(text).map((p) => p.name)).not.toContain('Public License');
    expect(introducedPeople(text).map((p) => p.name)).not.toContain('Language Standard');
    expect(checkProposal('Supreme Court', 'Court of Appeal').ok).toBe(false);
    expect(checkProposal('Leyla Abdullayeva', 'Deputy Foreign Minister').ok).toBe(true);
  });

  it('takes a title off the name and reads no organisation as a person', () => {
    const people = introducedPeople('Foreign Ministry Spokesman Hikmet Hajiyev spoke. The Ministry of Finance, a body of the government, agreed.');
    expect(people.map((p) => p.name)).toEqual(['Hikmet Hajiyev']);
  });
});

describe('proposals from titles', () => {
  it('proposes a person named after an office title with that title as the role, and no one after a courtesy title', async () => {
    const app = testApp();
    try {
      const text = [
        'Deputy Foreign Minister Leyla Abdullayeva said on Tuesday that the visa rules would be eased in spring.',
        'Mr. Tom Baker, who owns a travel agency in Baku, said bookings had doubled.',
      ].join(' ');
      await app.call('clips.fromText', { text });
      const proposed = await app.call<OfficialSummary[]>('officials.list', { status: 'proposed' });
      expect(proposed.map((o) => o.canonicalName)).toEqual(['Leyla Abdullayeva']);
      const detail = await app.call<OfficialDetail>('officials.get', { id: proposed[0]!.id });
      expect(detail.roles.map((r) => r.title)).toEqual(['Deputy Foreign Minister']);
    } finally {
      app.library.close();
    }
  });
});

describe('mentions that are not the person named last', () => {
  it('keeps "the source, who said" an unnamed source', () => {
    const text = 'President Ilham Aliyev met the envoy on Monday. The talks went well, the source, who said he had spoken to both delegations, told reporters.';
    const s = extractStatements(text).find((x) => x.text.includes('spoken to both delegations'));
    expect(s?.speaker).toBe('source');
    expect(s?.speakerKind).toBe('anonymous');
  });

  it('gives "her mother, Fiona," to the Fiona the text names in full', () => {
    const text = 'Fiona Clarke runs the family bakery in Leeds. Anna Volkova, a neighbour, helps on Saturdays.\n\n“We will open again in May,” her mother, Fiona, said in a statement.';
    expect(speakerOf(text, 'open again in May').speaker).toBe('Fiona Clarke');
    // "said in a statement" names no speaker: no statement is read with "in a statement" as its source.
    expect(extractStatements(text).filter((x) => x.text.includes('open again in May'))).toHaveLength(1);
  });

  it('does not take a participle for a speaker', () => {
    const text = 'Roscosmos said the launch went well. The Russian space agency would not describe the fault, saying its experts were looking into it.';
    expect(speakerOf(text, 'its experts were looking').speaker).toBe('Roscosmos');
  });
});
