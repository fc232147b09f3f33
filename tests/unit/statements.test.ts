// Statement extraction: quotation styles, reported speech, speakers, and the bad inputs.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli';
import type { CliIO } from '../../electron/cli/io';
import { analysePaste } from '../../electron/clipping/paste';
import { extractStatements, findPeople, findQuotations } from '../../electron/statements/extract';
import { fixture, seedText } from '../helpers/library';

const brief = (text: string, options = {}) => extractStatements(text, options).map((s) => ({ kind: s.kind, speaker: s.speaker, cue: s.cue, text: s.text }));

describe('the seed document (read from ../shared/corpus)', () => {
  const seed = seedText();
  it.skipIf(seed === undefined)('finds seven statements by Hikmet Hajiyev: four quotations, three reported', () => {
    const statements = extractStatements(seed!, { outlet: 'News.Az', originalPublication: 'Global Times' });
    expect(statements).toHaveLength(7);
    expect(statements.every((s) => s.speaker === 'Hikmet Hajiyev')).toBe(true);
    expect(statements.filter((s) => s.kind === 'direct').map((s) => s.cue)).toEqual(['said', 'said', 'added', 'added']);
    expect(statements.filter((s) => s.kind === 'direct').map((s) => s.mention)).toEqual(['he', 'he', 'the presidential aide', 'the presidential aide']);
    expect(statements.filter((s) => s.kind === 'reported').map((s) => s.cue)).toEqual(['said in an interview', 'stressed', 'emphasized']);
    for (const s of statements) expect(seed!.slice(s.start, s.end)).toBe(s.text);
    expect(findPeople(seed!)).toEqual([expect.objectContaining({ name: 'Hikmet Hajiyev', role: 'Assistant to the President of Azerbaijan - Head of the Foreign Policy Affairs Department of the Presidential Administration' })]);
  });
});

describe('the project’s interview fixture', () => {
  it('attributes quotations and reported speech to the deputy minister, not to the outlet or the newspaper', () => {
    const text = analysePaste(fixture('pasted-interview.txt')).text;
    const statements = extractStatements(text, { outlet: 'Kaspi.News', originalPublication: 'Steppe Herald' });
    expect(statements.map((s) => [s.kind, s.speaker, s.cue])).toEqual([
      ['reported', 'Nino Beridze', 'said in an interview'],
      ['direct', 'Nino Beridze', 'said'],
      ['reported', 'Nino Beridze', 'noted'],
      ['direct', 'Nino Beridze', 'added'],
      ['reported', 'Nino Beridze', 'underlined'],
    ]);
  });
});

describe('quotation styles', () => {
  it.each([
    ['“ ”', '“We will open the terminal in April,” the minister said.'],
    ['" "', '"We will open the terminal in April," the minister said.'],
    ['‘ ’', '‘We will open the terminal in April,’ the minister said.'],
    ['« »', '«We will open the terminal in April», the minister said.'],
    ['„ “', '„We will open the terminal in April“, the minister said.'],
    ['» «', '»We will open the terminal in April«, the minister said.'],
    ['「 」', 'The minister said: 「We will open the terminal in April.」'],
    ['『 』', 'The minister said: 『We will open the terminal in April.』'],
  ])('%s', (_style, sentence) => {
    const text = `Transport Minister Marat Karabayev visited the port on Monday. ${sentence}`;
    const [statement, ...rest] = extractStatements(text);
    expect(rest).toHaveLength(0);
    expect(statement).toMatchObject({ kind: 'direct', speaker: 'Marat Karabayev', text: expect.stringMatching(/^We will open the terminal in April\.?$/) });
  });

  it('joins a quotation that runs over paragraphs (each opens, only the last closes)', () => {
    const text = 'Nino Beridze spoke at length.\n\n“The ports are ready. We have invested for ten years.\n\n“Now we need the rail link to keep pace,” she said.';
    const [statement] = extractStatements(text);
    expect(statement).toMatchObject({ kind: 'direct', speaker: 'Nino Beridze', cue: 'said' });
    expect(statement!.text).toBe('The ports are ready. We have invested for ten years.\n\n“Now we need the rail link to keep pace');
  });

  it('attributes both halves of a quotation split by its attribution', () => {
    const text = 'Nino Beridze was asked about the timetable. “First, the ferries,” she said. “Then the trains, which matter more.”';
    expect(brief(text)).toEqual([
      { kind: 'direct', speaker: 'Nino Beridze', cue: 'said', text: 'First, the ferries' },
      { kind: 'direct', speaker: 'Nino Beridze', cue: 'said', text: 'Then the trains, which matter more.' },
    ]);
  });

  it('reads typewriter quotation marks made of two apostrophes, and a speaker with a role before the name', () => {
    const text = "Wages rose again.  ''We finally may be seeing some wage acceleration, and that would be a very big story,'' the economist Jared Bernstein wrote on his blog.";
    expect(brief(text)).toEqual([{ kind: 'direct', speaker: 'Jared Bernstein', cue: 'wrote', text: 'We finally may be seeing some wage acceleration, and that would be a very big story' }]);
  });

  it('gives a continued quotation the words that attributed the one before it, even when it is short', () => {
    const text = 'Nino Beridze was asked about the timetable. “The ferries come first,” she said. “Then the trains.”';
    expect(extractStatements(text).map((s) => [s.mention, s.speaker, s.text])).toEqual([
      ['she', 'Nino Beridze', 'The ferries come first'],
      ['she', 'Nino Beridze', 'Then the trains.'],
    ]);
  });

  it.each([
    ['a name after its description', '"We made some horrendous mistakes," political scientist Helen Purcell said during a briefing.', 'Helen Purcell'],
    ['a name with a short apposition', '“We made some horrendous mistakes,” Berg, 49, told reporters.', 'Berg'],
    ['a name with a bracket after it', '"We made some horrendous mistakes," state Sen. Anna Berg (D) said on Monday.', 'Anna Berg'],
    ['a description and the name after it', '“We made some horrendous mistakes,” said another senior diplomat, Anna Berg of the foreign ministry.', 'Anna Berg'],
    ['a surname that ends like a participle', '“We made some horrendous mistakes,” Sperling said.', 'Sperling'],
    ['a speaker at the very start of the text', 'Sperling said: “We made some horrendous mistakes.”', 'Sperling'],
  ])('attributes a quotation to %s', (_form, text, speaker) => {
    expect(extractStatements(text)).toEqual([expect.objectContaining({ kind: 'direct', speaker })]);
  });

  it('attributes a quotation opening a paragraph to the "X said:" that ends the paragraph before', () => {
    const text = 'Anna Berg spoke to the crowd. Then Berg said:\n\n“We will win this race and we will win it soon.”';
    expect(extractStatements(text)).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Anna Berg', cue: 'said' })]);
  });

  it('gives a quotation after a participle to the subject of its sentence', () => {
    const text = 'Ann Lee spoke first. On Tuesday, Mr. McConnell deflected questions about the bill before saying, “It is time to move on and vote.”';
    expect(extractStatements(text)).toEqual([expect.objectContaining({ kind: 'direct', mention: 'Mr. McConnell', cue: 'saying' })]);
  });

  it('counts a clause that opens with a quotation and is mostly quoted as a direct quotation', () => {
    const text = 'Anna Berg says “the whole game has become soft and much too slow.”';
    expect(brief(text)).toEqual([{ kind: 'direct', speaker: 'Anna Berg', cue: 'says', text: '“the whole game has become soft and much too slow.”' }]);
  });

  it('does not give a closed quotation to the next sentence’s verb ("…” He writes that …)', () => {
    const text = 'Bernie Sanders said the comment by Dr. Paul Song “was inappropriate and insensitive.” He writes that the campaign has no room for such language.';
    const statements = brief(text);
    expect(statements.find((s) => s.kind === 'direct')?.cue).not.toBe('writes');
    expect(statements.filter((s) => s.kind === 'reported').map((s) => s.speaker)).toEqual(['Bernie Sanders', 'Bernie Sanders']);
  });

  it('keeps a nested quotation inside its quotation', () => {
    const text = '“When they told us ‘the port is full’, we built another berth,” Nino Beridze said.';
    expect(findQuotations(text)).toHaveLength(1);
    expect(extractStatements(text)[0]!.text).toBe('When they told us ‘the port is full’, we built another berth');
  });

  it('closes a quotation whose marks mix curly and straight styles', () => {
    const curlyOpen = '“If the river rises, we close the bridge," Nino Beridze said.';
    expect(extractStatements(curlyOpen).map((s) => [s.kind, s.text, s.speaker])).toEqual([['direct', 'If the river rises, we close the bridge', 'Nino Beridze']]);
    const straightOpen = '"The ferry will run twice a day from May.” Nino Beridze said it would be cheap.';
    expect(findQuotations(straightOpen)[0]).toEqual({ start: 1, end: straightOpen.indexOf('”') });
    const typo = '“It is unusual,“ said Lasha Gelashvili, a port engineer. “The cranes are older than me.”';
    expect(extractStatements(typo).filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual(['Lasha Gelashvili', 'Lasha Gelashvili']);
  });

  it('reads a quotation that opens inside the writer’s sentence as reported speech with quoted words', () => {
    const text = 'Still, the new berths are “barely enough for the summer,” Nino Beridze said. She added that “the ships are getting bigger every year.”';
    const statements = extractStatements(text);
    expect(statements.map((s) => [s.kind, s.text])).toEqual([
      ['reported', 'Still, the new berths are “barely enough for the summer'],
      ['reported', '“the ships are getting bigger every year.”'],
    ]);
    expect(statements[0]!.speaker).toBe('Nino Beridze');
  });

  it('takes a clause that opens with two or more quoted words as a direct quotation', () => {
    const text = 'Nino Beridze said “the port is full” after the third ship arrived in a week.';
    expect(extractStatements(text).map((s) => s.kind)).toEqual(['direct']);
  });

  it('finds a quotation after a verb and a comma, however the words before it read', () => {
    const text = 'Asked about the tariffs, Lasha Gelashvili smiled and said, “We will see.” Another driver said, “The road is better now.”';
    const statements = extractStatements(text);
    expect(statements.map((s) => [s.kind, s.text])).toEqual([['direct', 'We will see.'], ['direct', 'The road is better now.']]);
    expect(statements[0]!.speaker).toBe('Lasha Gelashvili');
    expect(statements[1]!.mention).toBe('Another driver');
  });

  it('attributes a quotation by its speaker after the verb, a dash signature, or a verb used only after quotations', () => {
    const inverted = '“The bridge is closed,” said the port engineer, “and the ferry is late.”';
    expect(extractStatements(inverted).map((s) => s.mention)).toEqual(['the port engineer', 'the port engineer']);
    const signed = 'Voices from the harbour.\n\n“We have waited ten years for this road.”\n\n— Lasha Gelashvili, Poti\n';
    expect(extractStatements(signed).map((s) => s.speaker)).toEqual(['Lasha Gelashvili']);
    const fumed = '“They never asked the drivers,” Gelashvili fumed on Tuesday.';
    expect(extractStatements(fumed).map((s) => s.mention)).toEqual(['Gelashvili']);
    const nbsp = '“They never asked the drivers,”\u00a0Gelashvili, 49, told reporters.';
    expect(extractStatements(nbsp).map((s) => s.mention)).toEqual(['Gelashvili']);
  });

  it('gives a closed quotation followed by "X said:" to the one who spoke before, not to X', () => {
    const text = "''We are drivers,'' Ms. Beridze said. ''We are not smugglers.'' Mr. Gelashvili said: ''The border is slow.''";
    expect(extractStatements(text).map((s) => s.speaker)).toEqual(['Beridze', 'Beridze', 'Gelashvili']);
  });

  it('does not take a digest’s headline with its author for a statement', () => {
    const text = 'SHORT READS:\n\n—“Harbour museum opens its doors to the public next week,” by the Gazette’s Nino Beridze: the museum will open.';
    expect(extractStatements(text).filter((s) => s.kind === 'direct')).toEqual([]);
  });

  it('ignores scare quotes, titles and single quoted words', () => {
    const text = 'The so-called “middle route” was discussed at the forum “Belt and Road Connectivity Forum” in Baku, where China’s “win-win” slogan was repeated by the organisers of the meeting.';
    expect(extractStatements(text)).toEqual([]);
  });
});

describe('reported speech', () => {
  it.each([
    ['X stressed that …', 'Nino Beridze stressed that the ports would be ready before the summer season.', 'stressed', 'the ports would be ready before the summer season'],
    ['X also emphasized the importance of …', 'Nino Beridze also emphasized the importance of a single customs window for the whole corridor.', 'emphasized', 'the importance of a single customs window for the whole corridor'],
    ['according to X, …', 'According to Nino Beridze, the ports will handle a quarter more cargo this year.', 'according to', 'the ports will handle a quarter more cargo this year'],
    ['…, according to X', 'The ports will handle a quarter more cargo this year, according to Nino Beridze.', 'according to', 'The ports will handle a quarter more cargo this year'],
    ['X told Y that …', 'Nino Beridze told Steppe Herald that the ferries would run every day from April.', 'told', 'the ferries would run every day from April'],
    ['…, X said in an interview', 'Transit volumes grew by a quarter last year, Nino Beridze said in an interview with Steppe Herald.', 'said in an interview', 'Transit volumes grew by a quarter last year'],
  ])('%s', (_pattern, text, cue, content) => {
    expect(brief(text, { originalPublication: 'Steppe Herald' })).toEqual([{ kind: 'reported', speaker: 'Nino Beridze', cue, text: content }]);
  });

  it.each([
    ['заявил, что', 'Министр транспорта Марат Карабаев заявил, что строительство терминала начнется осенью.', 'заявил', 'строительство терминала начнется осенью'],
    ['отметил, что', 'Марат Карабаев отметил, что паромы будут ходить каждый день.', 'отметил', 'паромы будут ходить каждый день'],
    ['подчеркнул, что', 'Марат Карабаев подчеркнул, что проект важен для всего региона.', 'подчеркнул', 'проект важен для всего региона'],
    ['по словам', 'По словам Марата Карабаева, грузооборот порта вырастет вдвое.', 'по словам', 'грузооборот порта вырастет вдвое'],
  ])('Russian: %s', (_pattern, text, cue, content) => {
    const [statement] = extractStatements(text);
    expect(statement).toMatchObject({ kind: 'reported', cue, text: content });
    expect(statement!.speaker).toMatch(/^Марат/);
  });

  it('Russian: "по словам" with a role in the genitive, at a paragraph’s end, resolved to the minister named before', () => {
    const text = 'Министр транспорта Марат Карабаев посетил порт.\n\nПо словам министра, грузооборот порта вырастет вдвое.\n\nДругие новости.';
    const statement = extractStatements(text).find((s) => s.cue === 'по словам');
    expect(statement).toMatchObject({ kind: 'reported', mention: 'министр', text: 'грузооборот порта вырастет вдвое' });
    expect(statement!.speaker).toMatch(/^Марат/);
  });

  it('leaves an outlet’s own attribution out of what was said', () => {
    expect(extractStatements('Марат Карабаев заявил, что строительство терминала начнется осенью, сообщает Kaspi.News.').map((s) => s.text)).toEqual(['строительство терминала начнется осенью']);
    expect(extractStatements('Nino Beridze said the ferries would run every day from April, Steppe Herald reports.').map((s) => s.text)).toEqual(['the ferries would run every day from April']);
  });

  it.each([
    ['a speaker after an opening phrase', 'On Sunday, former President Bill Clinton said the corridor would carry twice as much freight.', 'Bill Clinton', 'said', 'the corridor would carry twice as much freight'],
    ['a title in small letters before the name', 'Speaking to reporters in Baku, FBI general counsel James Baker said the probe is ongoing and thorough.', 'James Baker', 'said', 'the probe is ongoing and thorough'],
    ['a bracket after the name', 'Gov. John Kasich (R-OH) said the tariffs would hurt farmers in his state.', 'John Kasich', 'said', 'the tariffs would hurt farmers in his state'],
    ['a second verb of the same subject', 'Paul Ryan criticized the policy and said allies wanted to know where America stood.', 'Paul Ryan', 'said', 'allies wanted to know where America stood'],
    ['a participle', 'Marat Karabayev opened the new terminal on Monday, saying the port would double its capacity.', 'Marat Karabayev', 'saying', 'the port would double its capacity'],
    ['the verb before its subject', 'The ferries will run every day from April, said Marat Karabayev.', 'Marat Karabayev', 'said', 'The ferries will run every day from April'],
    ['an anonymous source', 'The talks were postponed at the last minute, a source said.', 'source', 'said', 'The talks were postponed at the last minute'],
    // A share of those polled is a count, not a speaker: the statement stands with no one named.
    ['a share of those polled', 'Twenty-four percent said they were more likely to vote for him because of it.', null, 'said', 'they were more likely to vote for him because of it'],
  ])('finds reported speech with %s', (_form, text, speaker, cue, content) => {
    expect(brief(text)).toEqual([{ kind: 'reported', speaker, cue, text: content }]);
  });

  it.each([
    ['a long noun phrase', 'A senior law enforcement official familiar with the case said that charges were unlikely this year.', 'senior law enforcement official familiar with the case', 'charges were unlikely this year'],
    ['a share of those polled with its noun', 'Nine in 10 registered voters say they want a change in the capital.', null, 'they want a change in the capital'],
    ['a role and the name after it', 'His campaign manager, Jeff Weaver, says the gap can still be closed by June.', 'Jeff Weaver', 'the gap can still be closed by June'],
    ['an apposition with a relative clause', 'Scott Morris, a former Treasury official who now teaches in Boston, said that support was growing fast.', 'Scott Morris', 'support was growing fast'],
    ['an inverted verb and an apposition', 'The strategy was to visit every county, said Mark Jones, a political scientist at Rice University.', 'Mark Jones', 'The strategy was to visit every county'],
    ['an abbreviated title', 'The talks failed for now, said Sen. Lindsey Graham.', 'Lindsey Graham', 'The talks failed for now'],
  ])('finds reported speech with %s as its subject', (_form, text, speaker, content) => {
    expect(extractStatements(text)).toEqual([expect.objectContaining({ kind: 'reported', speaker, text: content })]);
  });

  it('keeps what an organisation says, with no person to name', () => {
    expect(brief('It added that it has worked with groups that counter extremist messages.')).toEqual([
      { kind: 'reported', speaker: null, cue: 'added', text: 'it has worked with groups that counter extremist messages' },
    ]);
  });

  it('takes no capitalised word inside a sentence for a verb', () => {
    expect(extractStatements('A debate is underway at United States Citizenship and Immigration Services over the rules.')).toEqual([]);
  });

  it('gives a relative clause ("X, who said …, said …") to the person it describes, and ends it at its comma', () => {
    const text = 'Barkley, who said he typically votes for the Democrats, said one candidate he likes is the governor of Ohio.';
    expect(brief(text)).toEqual([
      { kind: 'reported', speaker: 'Barkley', cue: 'said', text: 'he typically votes for the Democrats' },
      { kind: 'reported', speaker: 'Barkley', cue: 'said', text: 'one candidate he likes is the governor of Ohio' },
    ]);
  });

  it('does not take an opening phrase for what was said when a clause follows the verb', () => {
    const text = 'In an interview with the BBC, Barack Obama said it was distressing not to have made progress on gun laws.';
    expect(brief(text)).toEqual([{ kind: 'reported', speaker: 'Barack Obama', cue: 'said', text: 'it was distressing not to have made progress on gun laws' }]);
  });

  it('never makes the same verb attribute two contents', () => {
    const text = 'Ports will take more cargo, Nino Beridze, Deputy Minister of Economy of Georgia said in an interview with the Kazakh newspaper Steppe Herald, Kaspi.News reports.';
    expect(brief(text, { outlet: 'Kaspi.News', originalPublication: 'Steppe Herald' })).toEqual([{ kind: 'reported', speaker: 'Nino Beridze', cue: 'said in an interview', text: 'Ports will take more cargo' }]);
  });

  it('takes a Russian quotation with a dash attribution', () => {
    const text = 'Министр транспорта Марат Карабаев посетил порт. «Мы откроем терминал в апреле», — отметил министр.';
    expect(extractStatements(text)[0]).toMatchObject({ kind: 'direct', cue: 'отметил', text: 'Мы откроем терминал в апреле' });
  });
});

describe('speakers', () => {
  it('never takes an outlet or a publication for a speaker', () => {
    const text = 'The talks were productive, News.Az reports. Transit grew by a quarter, Global Times writes.';
    expect(extractStatements(text, { outlet: 'News.Az' })).toEqual([]);
  });

  it('resolves pronouns and role nouns to the person named last', () => {
    const text = 'Marat Karabayev opened the terminal. “It is a historic day,” he said. Later Nino Beridze arrived. “We are ready too,” the deputy minister added.';
    expect(extractStatements(text).map((s) => s.speaker)).toEqual(['Marat Karabayev', 'Nino Beridze']);
  });

  it('takes a sentence’s subject, not a person named after it, as the one a pronoun means', () => {
    const text = 'Paul Ryan criticized Barack Obama on Monday. “The law is clear and it must be followed,” he said.';
    expect(extractStatements(text).map((s) => s.speaker)).toEqual(['Paul Ryan']);
  });

  it('lets a body or a group speak for itself', () => {
    const text = 'Nino Beridze opened the terminal. The ministry said that the ferries would run daily from April. Critics say the plan is too expensive for the region.';
    expect(extractStatements(text).map((s) => [s.speaker, s.cue])).toEqual([
      ['ministry', 'said'],
      ['Critics', 'say'],
    ]);
  });

  it('resolves a pronoun to a speaker named only by surname, past an acronym that ends a sentence', () => {
    const text = 'Podesta acknowledged that OFA pulled resources from the DNC. “It was the president’s choice,” he said.';
    expect(extractStatements(text).map((s) => [s.kind, s.speaker])).toEqual([
      ['reported', 'Podesta'],
      ['direct', 'Podesta'],
    ]);
  });

  it('leaves a title out of the name a pronoun resolves to (Russian)', () => {
    const text = 'Министр Сергей Лавров заявил, что переговоры зашли в тупик. «Мы готовы продолжать диалог с партнёрами», — сказал он.';
    expect(extractStatements(text).map((s) => [s.kind, s.speaker, s.cue])).toEqual([
      ['reported', 'Сергей Лавров', 'заявил'],
      ['direct', 'Сергей Лавров', 'сказал'],
    ]);
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = 'Nino Beridze, Deputy Minister of Economy of Georgia, visited Aktau. Beridze stressed that the ferries would double.';
    expect(extractStatements(text)).toEqual([expect.objectContaining({ speaker: 'Nino Beridze', mention: 'Beridze' })]);
  });
});

describe('bad input', () => {
  it('finds nothing in no text', () => {
    expect(extractStatements('')).toEqual([]);
    expect(extractStatements('   \n\n  ')).toEqual([]);
  });

  it('survives unbalanced quotation marks', () => {
    const text = '“We will open the terminal, the minister said.\n\nThe ministry declined to comment on the cost of the project, which is estimated at two billion dollars.';
    expect(() => extractStatements(text)).not.toThrow();
    expect(extractStatements(text).every((s) => s.end <= text.length)).toBe(true);
  });

  it('reads a 5 MB article', () => {
    const paragraph = 'Nino Beridze stressed that the ports would be ready before the summer season. “We are ready,” she said.';
    const text = Array.from({ length: Math.ceil((5 * 1024 * 1024) / paragraph.length) }, () => paragraph).join('\n\n');
    const statements = extractStatements(text);
    expect(statements.length).toBeGreaterThan(40_000);
    expect(statements.every((s) => s.speaker === 'Nino Beridze')).toBe(true);
  });
});

describe('speakers of quotations and reported speech, continued', () => {
  const who = (text: string) => extractStatements(text).map((s) => [s.text, s.speaker, s.cue]);

  it('attributes a closed quotation to the verb after it when a setting, not a clause, follows', () => {
    expect(who('Anna Bell spoke first. “The port will open in spring and trade will grow.” Ivan Petrov told local television in an interview.')[0]).toEqual(['The port will open in spring and trade will grow.', 'Ivan Petrov', 'told']);
    // “…” He said he …: a new sentence with its own clause is not the quotation's attribution.
    expect(who('Anna Bell spoke first. “The port will open in spring and trade will grow.” He said he expects more ships.')[0]![2]).toBeNull();
  });

  it('reads an age, a place and an apposition of several parts between a name and its verb', () => {
    expect(who('“We were surprised by the vote,” Maria Lopez, 49, told the radio.')[0]![1]).toBe('Maria Lopez');
    expect(who('“We had no idea what was coming,” Tom Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.')[0]![1]).toBe('Tom Daniloff');
    expect(who('“Taxes are too high for all of us,” Carl Brandt of the Civic Institute wrote recently.')[0]![1]).toBe('Carl Brandt');
    expect(who('Tom Hill spoke. Sara Fox, who lost her home during the flood in Aurora, Colorado, in July, said that the city had ignored her family.').at(-1)![1]).toBe('Sara Fox');
  });

  it('gives “it said” to no one rather than to the person named last', () => {
    expect(who('Tom Hill spoke. “Only one in three staff trust the management,” it added. “Even fewer believe in change.”').map((s) => s[1])).toEqual([null, null]);
  });

  it('resolves a participle to its sentence’s subject past a relative clause or a quotation', () => {
    expect(who('Tom Hill spoke. Sen. Mark Kerr, R-Ill., who faces a hard race at home, withdrew his support, saying the nominee lacks judgement.')[0]).toEqual(['the nominee lacks judgement', 'Mark Kerr', 'saying']);
    expect(who('Tom Hill spoke. “Nothing you can do about it, folks,” Ivan Petrov told a rally, saying the rival would raise taxes.').at(-1)![1]).toBe('Ivan Petrov');
    // No subject read: the first person the sentence names speaks, not the one named last.
    expect(who('Tom Hill spoke. At an event in Ames, Iowa, on Sunday, Mrs. Anna Clark tried to explain her earlier statement, saying that the state should lead.').at(-1)![1]).toBe('Anna Clark');
  });

  it('gives “she” and “он” to a person of that gender, passing over one named later', () => {
    expect(who('Mary Smith met John Brown on Monday. She said the talks were useful.')[0]![1]).toBe('Mary Smith');
    // A title tells when the first name does not.
    expect(who('Mrs. Ilse Varga met the mayor, Peter Olsen, on Monday. She said the talks were useful.')[0]![1]).toBe('Ilse Varga');
    expect(who('Мария Захарова встретилась с министром Сергеем Лавровым. Она заявила, что переговоры были полезными.')[0]![1]).toBe('Мария Захарова');
  });

  it('gives a quotation after a colon to the subject of the sentence that introduces it', () => {
    expect(who('Tom Hill spoke. And Gov. Chris Dale gloated: “I told you he would not be ready.”')[0]).toEqual(['I told you he would not be ready.', 'Chris Dale', 'gloated']);
    expect(who('Tom Hill spoke. As Paul Greer, the No. 2 in the party, put it: “This person will not be confirmed.”')[0]![1]).toBe('Paul Greer');
    expect(who('Tom Hill spoke. RED STATES OUTNUMBER BLUE STATES - Jane Rowe: “Our analysis finds more red states this year.”')[0]![1]).toBe('Jane Rowe');
    // A publication that introduces a quotation is a source: the words stay, with no speaker.
    const [text, speaker, cue] = who('Tom Hill spoke. The Daily Herald editorialized: “The bridge will cost twice as much as planned.”')[0]!;
    expect([text, cue]).toEqual(['The bridge will cost twice as much as planned.', null]);
    expect(speaker).not.toMatch(/Herald/);
  });

  it('gives an unattributed quotation to whoever was reported speaking just before it', () => {
    const found = who('“We will stay,” Omar Haddad said. Lena Carter said that for decades critics had predicted a withdrawal. “That is because this region matters to us all.”');
    expect(found.at(-1)).toEqual(['That is because this region matters to us all.', 'Lena Carter', 'said']);
  });
});

describe('speakers: nested attributions, descriptions, polls and documents', () => {
  const who = (text: string) => extractStatements(text).map((s) => [s.text, s.mention, s.speaker, s.cue]);

  it('ends a reported clause at a sentence that opens with a typewriter quotation', () => {
    const found = who("Nino Beridze, 63, a teacher from Batumi, said she wanted change in the capital. ''He is not the right person,'' said Ms. Beridze. ''I will vote for the other one.''");
    expect(found.map((s) => s[0])).toEqual(['she wanted change in the capital', 'He is not the right person', 'I will vote for the other one.']);
    expect(found.every((s) => s[2] === 'Nino Beridze')).toBe(true);
  });

  it('reads a second attribution inside a reported clause as a statement of its own', () => {
    expect(who('Farid Aliyev said the new road to the port was finished, but he said he played no part in paying for it.')).toEqual([
      ['the new road to the port was finished', 'Farid Aliyev', 'Farid Aliyev', 'said'],
      ['he played no part in paying for it', 'he', 'Farid Aliyev', 'said'],
    ]);
  });

  it('reads longer descriptions after a quotation, and the name an apposition gives them', () => {
    expect(who("''We found nothing unusual in the files,'' Mr. Petrov's chief human resources officer, Anna Volkova, told reporters.")[0]!.slice(1, 3)).toEqual(["Mr. Petrov's chief human resources officer", 'Anna Volkova']);
    expect(who('“I have great respect for all the people of this city,” this Petrov look-alike declared in Baku.')[0]![1]).toBe('this Petrov look-alike');
    expect(who('“What if the mayor had taken singing lessons?” the 43-year-old asked in the video.')[0]![1]).toBe('the 43-year-old');
    expect(who('“Building a bridge of that length would be a stretch for the city,” Jeffrey Lewis of the Center for Border Studies wrote in December.')[0]![2]).toBe('Jeffrey Lewis');
    expect(who('“The harm caused by these leaks is incalculable,” federal prosecutors wrote in the filing.')[0]![2]).toBe('federal prosecutors');
  });

  it('keeps a question’s attribution when a participle goes on after “asked”', () => {
    expect(who("Ivan Orlov spoke for an hour. ''What does that mean, he kept the country safe?'' Mr. Orlov asked, repeating a charge that he had made before.")[0]!.slice(1)).toEqual(['Mr. Orlov', 'Ivan Orlov', 'asked']);
  });

  it('gives a quotation after “told his supporters,” to the subject, not to those told', () => {
    expect(who('Karim Mammadov did not name his rivals, but told his supporters, “our country is in trouble and we must act now.”')[0]!.slice(1)).toEqual(['Karim Mammadov', 'Karim Mammadov', 'told']);
  });

  it('gives “according to X, “…”” to X, and to no one when X is a publication', () => {
    expect(who('The contracts drew criticism. According to Paul Sperry of Border Watch, “the trucks moved at night and nobody checked what they carried.”')[0]!.slice(1)).toEqual(['Paul Sperry', 'Paul Sperry', 'according to']);
    const [text, mention, speaker] = who('Karim Mammadov spoke in Ganja. According to the Daily Herald, “the minister left before the questions and did not come back.”')[0]!;
    expect([text, mention, speaker]).toEqual(['the minister left before the questions and did not come back.', null, null]);
  });

  it('gives what a share of those polled said to the poll the sentence cites', () => {
    expect(who('In a Caspian Research poll released Monday, 62 percent of voters said they trusted the mayor to finish the bridge.')[0]!.slice(1, 3)).toEqual(['a Caspian Research poll', null]);
    // Without a poll in the sentence the share is still a count, not a speaker (nor the person named before it).
    expect(who('Karim Mammadov spoke in Ganja. Some 62 percent of voters said they trusted the mayor to finish the bridge.').at(-1)![2]).toBeNull();
  });

  it('gives an unattributed quotation to the person the sentence before it is about', () => {
    expect(who('“We will stay,” Omar Haddad said. Lena Carter praised the new port in her speech. “That is because this region matters to us all.”').at(-1)!.slice(1, 3)).toEqual(['Lena Carter', 'Lena Carter']);
    // A sentence about something else leaves the quotation with the one who spoke before.
    expect(who('“We will stay,” Omar Haddad said. The crowd cheered for a long time. “That is because this region matters to us all.”').at(-1)![2]).toBe('Omar Haddad');
  });

  it('names a document after “according to” whole, and does not resolve it to a person', () => {
    expect(who('Karim Mammadov spoke in Ganja. The bridge over the river will cost $2 billion, according to a tally by the city council.').at(-1)!.slice(1, 3)).toEqual(['a tally by the city council', 'city council']);
    expect(who('Karim Mammadov spoke in Ganja. The plan would cost $1 billion a year, according to the 2009 paper.').at(-1)!.slice(1, 3)).toEqual(['the 2009 paper', null]);
  });
});

describe('speech acts and stances', () => {
  const one = (text: string) => brief(text).map((s) => [s.speaker, s.cue, s.text]);
  it('takes the object of an accusation, a criticism and praise as what was said', () => {
    expect(one('Minister Elena Varga accused the opposition of blocking the budget talks for months.')).toEqual([['Elena Varga', 'accused', 'the opposition of blocking the budget talks for months']]);
    expect(one('Senator Paul Reddick criticized the new tariff plan as a gift to large importers.')).toEqual([['Paul Reddick', 'criticized', 'the new tariff plan as a gift to large importers']]);
    expect(one('Prime Minister Ana Ruiz praised the volunteers for their tireless work during the floods.')).toEqual([['Ana Ruiz', 'praised', 'the volunteers for their tireless work during the floods']]);
  });
  it('reads “called X Y” and “called on X to …”, but not “so-called”', () => {
    expect(one('Governor Maria Lenz called the ruling a serious blow to local democracy.')).toEqual([['Maria Lenz', 'called', 'the ruling a serious blow to local democracy']]);
    expect(one('Ambassador Tom Hale called on both sides to return to the negotiating table.')).toEqual([['Tom Hale', 'called on', 'both sides to return to the negotiating table']]);
    expect(one('The so-called reform package was passed by parliament in the spring session.')).toEqual([]);
  });
  it('reads wishes and refusals with their infinitive, not expectations or a refusal to comment', () => {
    expect(one('Mayor Ian Brook wants the city to build ten thousand new homes by 2030.')).toEqual([['Ian Brook', 'wants', 'the city to build ten thousand new homes by 2030']]);
    expect(one('The chairman refused to rule out a second round of layoffs at the bank.')).toEqual([[null, 'refused', 'to rule out a second round of layoffs at the bank']]);
    // Nobody's statement, a refusal to speak, and what someone knows are not statements.
    expect(one('The foreign minister is expected to announce a new aid package for the region.')).toEqual([]);
    expect(one('The chairman declined to comment on the merger talks with the rival bank.')).toEqual([]);
    expect(one('Minister Elena Varga knows the region and its ports very well.')).toEqual([]);
  });
  it('reads a stance given as a participle after the sentence’s subject', () => {
    expect(one('Senator Paul Reddick spoke for an hour, calling the treaty a historic mistake for the country.')).toEqual([['Paul Reddick', 'calling', 'the treaty a historic mistake for the country']]);
  });
  it('reads Russian appeals and accusations', () => {
    expect(one('Министр Иван Петров призвал стороны вернуться к переговорам как можно скорее.')).toEqual([['Иван Петров', 'призвал', 'стороны вернуться к переговорам как можно скорее']]);
    expect(one('Посол Анна Смирнова обвинила соседнюю страну в нарушении договора о границе.')).toEqual([['Анна Смирнова', 'обвинила', 'соседнюю страну в нарушении договора о границе']]);
    expect(one('Посол Анна Смирнова выступила за продление режима прекращения огня на границе.')).toEqual([['Анна Смирнова', 'выступила за', 'продление режима прекращения огня на границе']]);
    expect(one('Президент подписал указ в понедельник.')).toEqual([]);
  });
  it('reads the progressive and a plural subject', () => {
    expect(one('Senator Paul Reddick is seeking to delay the vote on the new budget.')).toEqual([['Paul Reddick', 'is seeking', 'to delay the vote on the new budget']]);
    expect(one('Most farmers favor a gradual reduction of the import quotas.')).toEqual([['Most farmers', 'favor', 'a gradual reduction of the import quotas']]);
  });
  it('leaves a long recipient of “told” out of what was said', () => {
    expect(one('Minister Elena Varga told the regional business forum in Ganja on Tuesday that exports would double.')).toEqual([['Elena Varga', 'told', 'exports would double']]);
    expect(one('On Tuesday, Ambassador Tom Hale told a crowded hall of students and teachers that the border would reopen soon.')).toEqual([['Tom Hale', 'told', 'the border would reopen soon']]);
  });
  it('does not take a plain action for a statement', () => {
    expect(one('The minister signed the agreement on Monday.')).toEqual([]);
  });
});

describe('the structure of a reported statement', () => {
  const spans = (text: string) => extractStatements(text).map((s) => [s.speaker, s.cue, s.text]);
  it('keeps the whole sentence when the attribution stands between commas inside it', () => {
    expect(spans('The new budget, Karen Lund said, would cut spending on roads by a third.')).toEqual([['Karen Lund', 'said', 'The new budget, Karen Lund said, would cut spending on roads by a third']]);
    expect(spans('Dmitri Orlov spoke first. A new manager, he said, could change the tone of the team.')).toEqual([['Dmitri Orlov', 'said', 'A new manager, he said, could change the tone of the team']]);
    // A participle after the attribution begins a statement of its own.
    expect(spans('The plant will close in May, Karen Lund said on Friday, adding that the workers would be paid.').map((s) => s[2])).toEqual(['The plant will close in May', 'the workers would be paid']);
  });
  it('does not take an apposition or a participle after the attribution for what was said', () => {
    expect(spans('Farmers would get new tractors next spring, Karen Lund said, a plan that could help many of them stay.')).toEqual([['Karen Lund', 'said', 'Farmers would get new tractors next spring']]);
    expect(spans('The harbour is far too small, Anton Weiss said, noting the ships that had waited for weeks outside it.')[0]).toEqual(['Anton Weiss', 'said', 'The harbour is far too small']);
  });
  it('reads the clause after the verb, not the scene before the comma', () => {
    expect(spans('In the deposition, Mr. Paul Krause said his savings could change with the market.')).toEqual([['Paul Krause', 'said', 'his savings could change with the market']]);
  });
  it('reads a speaker after the verb with an apposition of any form', () => {
    expect(spans('The fund has collected roughly $5 million, said Rosa Lind, its treasurer and chief executive.')).toEqual([['Rosa Lind', 'said', 'The fund has collected roughly $5 million']]);
  });
  it('reads “according to” with a document or a count as the source, and in the middle of a sentence', () => {
    expect(spans('According to early results of exit polls in the region, most voters wanted a change of course.').map((s) => [s[1], s[2]])).toEqual([['according to', 'most voters wanted a change of course']]);
    expect(spans('Over the next decade, according to the budget office, the deficit will grow by half.').map((s) => s[2])).toEqual(['Over the next decade, according to the budget office, the deficit will grow by half']);
    expect(spans('Jonas Berg leads the race by 40 delegates according to a count by the election board.').map((s) => s[2])).toEqual(['Jonas Berg leads the race by 40 delegates']);
  });
  it('reads a headline that opens with a person’s name and a colon, but not a label that names no one', () => {
    const text = 'Varga: The Tax Plan Will Fail Before Winter.\nOn Monday, Elena Varga said the plan would fail.';
    expect(spans(text)[0]).toEqual(['Elena Varga', ':', 'The Tax Plan Will Fail Before Winter']);
    expect(spans('Update: The bridge will reopen in spring after repairs.\nThe council voted on Monday.')).toEqual([]);
  });
  it('reads a clause after a long subject', () => {
    expect(spans('A longtime adviser to the mayor of the northern city said they had no plans to leave.').map((s) => [s[1], s[2]])).toEqual([['said', 'they had no plans to leave']]);
    expect(spans('It was said that the plan had failed.')).toEqual([]);
  });
  it('reads the same structures in Russian', () => {
    expect(spans('По словам министра, бюджет вырастет на треть.').map((s) => s[2])).toEqual(['бюджет вырастет на треть']);
  });
  it('keeps the whole sentence after a short lead-in, and when the clause goes on with its verb', () => {
    expect(spans('Dmitri Orlov spoke first. Overall, he said, most of the northern towns are losing their young people.')).toEqual([['Dmitri Orlov', 'said', 'Overall, he said, most of the northern towns are losing their young people']]);
    expect(spans('This harvest, he says, is different.').map((s) => [s[1], s[2]])).toEqual([['says', 'This harvest, he says, is different']]);
    expect(spans('The solution, the treasurer told them, was simple.').map((s) => [s[1], s[2]])).toEqual([['told', 'The solution, the treasurer told them, was simple']]);
    expect(spans('To win the valley, organizers said, the party must open offices in every village.')).toEqual([['organizers', 'said', 'To win the valley, organizers said, the party must open offices in every village']]);
    // A verb that joins the clause before it has no subject between commas.
    expect(spans('He listened, furrowed his brow and said the plan was too expensive.').map((s) => s[2])).not.toContain('He listened, furrowed his brow and said the plan was too expensive');
  });
  it('reads a statement before a speaker of any plain form and a verb that end the sentence', () => {
    expect(spans('The mill will keep running through the winter, a source close to the owners said.')).toEqual([['source close to the owners', 'said', 'The mill will keep running through the winter']]);
    // Whom "told" names is not the speaker: the name and its description before the verb are.
    expect(spans('The mill will close next month, his chief adviser, Tomas Berg, told the Valley Courier.')).toEqual([['Tomas Berg', 'told', 'The mill will close next month']]);
    expect(spans('When we arrived at the station, everyone said hello.')).toEqual([]);
  });
  it('reads a subject with a party bracket, a time or an aside before the verb', () => {
    expect(spans('Rep. Mia Holt (D-Ore.), chair of the water committee, said the dam would need repairs by spring.')).toEqual([['Mia Holt', 'said', 'the dam would need repairs by spring']]);
    expect(spans('Senator Carl Nyberg (R-Utah) last week said the budget would be balanced within two years.')).toEqual([['Carl Nyberg', 'said', 'the budget would be balanced within two years']]);
    expect(spans('Jonas Eck, for example, said the harbour would double its traffic within a decade.')).toEqual([['Jonas Eck', 'said', 'the harbour would double its traffic within a decade']]);
    expect(spans('MOSCOW (Reuters) - U.S. Democratic presidential candidate Ana Ruiz said the sanctions would stay in place.')).toEqual([['Ana Ruiz', 'said', 'the sanctions would stay in place']]);
  });
  it('reads what was told to a named outlet without “that”, and what follows an occasion and “that”', () => {
    expect(spans('At the time, Ida Holm told the Valley Courier she had no plans to leave the party.')).toEqual([['Ida Holm', 'told', 'she had no plans to leave the party']]);
    expect(spans('On Friday, Ida Holm said at a rally in the old port that the strike had ended.')).toEqual([['Ida Holm', 'said', 'the strike had ended']]);
    expect(spans('Governor Ida Holm said after a long meeting on Tuesday that the strike had ended.')).toEqual([['Ida Holm', 'said', 'the strike had ended']]);
    // "that" opens a relative clause here: the occasion is what was said about.
    expect(spans('Ida Holm said in the report that came out on Monday the strike had ended.').map((s) => s[2])).not.toContain('came out on Monday the strike had ended');
  });
  it('reads a claim named by a noun with its owner, from its “that”', () => {
    expect(extractStatements('Experts doubt Ida Holm’s recent claim that the bridge will be finished by May.').map((s) => [s.speaker, s.mention, s.cue, s.text])).toEqual([['Ida Holm', 'Ida Holm’s', 'claim', 'that the bridge will be finished by May']]);
    expect(spans('Nobody remembers his remark that the harbour would double its traffic.').map((s) => [s[1], s[2]])).toEqual([['remark', 'that the harbour would double its traffic']]);
    // "that" opening a relative clause on the claim says nothing of what was claimed.
    expect(spans('His claim that was rejected by the court is now forgotten by everyone.')).toEqual([]);
  });
  it('reads “states” as a verb of speech only before “that” or a colon', () => {
    expect(spans('The new rule states that every school must open a library.').map((s) => [s[1], s[2]])).toEqual([['states', 'every school must open a library']]);
    expect(spans('A few states have yet to count the votes from the north.')).toEqual([]);
  });
  it('reads “call X Y” after a plural subject, and a subject after a subordinate clause or “in which”', () => {
    expect(spans('Critics call it a tax on the poor.')).toEqual([['Critics', 'call', 'it a tax on the poor']]);
    expect(spans('He made a phone call to the minister on Monday night.')).toEqual([]);
    expect(spans('While the ministry cannot stop every leak, people who have fought leaks before say it could do more.').map((s) => [s[1], s[2]])).toEqual([['say', 'it could do more']]);
    expect(spans('She faces a country in which 60 percent of voters say the roads are getting worse.').map((s) => [s[1], s[2]])).toEqual([['say', 'the roads are getting worse']]);
  });
  it('reads “who say …” after a plural noun, with the noun as the speaker, but not a stance there', () => {
    expect(spans('The law angered business leaders who say the new rules favour large estates.')).toEqual([['business leaders', 'say', 'the new rules favour large estates']]);
    expect(spans('The leaders who signed the deal wanted an end to the fighting in the north.').map((s) => s[1])).not.toContain('signed');
  });
  it('reads a participle of speech after “by”, “while” or “after”, and after an occasion', () => {
    expect(spans('Carl Nyberg won the vote by saying the new school would open before the elections.')).toEqual([['Carl Nyberg', 'saying', 'the new school would open before the elections']]);
    expect(spans('Carl Nyberg gave no details, saying in his statement only that he was refining the plan.').map((s) => s[2])).toEqual(['he was refining the plan']);
  });
  it('reads a transcript’s speakers in capitals, but not one label on its own', () => {
    const transcript = 'The interview was edited.\n\nKATE MORROW: Why not hold the debate in the capital this month?\n\nJONAS ECK: Because the capital has had enough debates this year.';
    expect(spans(transcript)).toEqual([
      ['Kate Morrow', ':', 'Why not hold the debate in the capital this month'],
      ['Jonas Eck', ':', 'Because the capital has had enough debates this year'],
    ]);
    expect(spans('NEWSWIRE: The bridge will reopen in spring after the repairs.')).toEqual([]);
  });
});

describe('what follows a quotation and its attribution', () => {
  const spans = (text: string) => extractStatements(text).map((s) => [s.kind, s.speaker, s.cue, s.text]);
  it('does not take when or where it was said for a statement', () => {
    expect(spans('“We will never give up this fight,” Ida Holm said late last week.')).toEqual([['direct', 'Ida Holm', 'said', 'We will never give up this fight']]);
    expect(spans('“The plan is ready,” Tomas Berg wrote in a long email to the council.')).toEqual([['direct', 'Tomas Berg', 'wrote in', 'The plan is ready']]);
  });
  it('still reads a participle of speech after the attribution', () => {
    expect(spans('“The plan is ready,” Tomas Berg said, adding that the council would vote in May.').map((s) => s[3])).toEqual(['The plan is ready', 'the council would vote in May']);
  });
  it('ends a clause read inside a quotation at its closing mark', () => {
    const text = 'Ida Holm spoke first. “Well, I think the bridge will be finished by May, and the road soon after,” said Tomas Berg, who has run the city works since 2010.';
    for (const s of extractStatements(text)) expect(s.text).not.toMatch(/Tomas Berg|who has run/);
  });
});

describe('questions', () => {
  const spans = (text: string) => extractStatements(text).map((s) => [s.speaker, s.cue, s.text]);
  it('reads the question put and who put it', () => {
    expect(spans('The talks ended with Anna Kurz asking the minister whether the border would reopen before winter.')).toEqual([['Anna Kurz', 'asking', 'whether the border would reopen before winter']]);
    expect(spans('Senator Ruth Adler was asked by reporter Tom Hale why the bridge had not been repaired.')).toEqual([['Tom Hale', 'asked', 'why the bridge had not been repaired']]);
  });
  it('gives a question asked by no one named no speaker, and ends it at its comma', () => {
    expect(extractStatements('Asked whether he would run again next year, Tomas Berg smiled and left the room.').map((s) => [s.speaker, s.mention, s.text])).toEqual([[null, null, 'whether he would run again next year']]);
  });
  it('does not take a question word after “asked” for a question when too little follows', () => {
    expect(spans('Nobody asked why.')).toEqual([]);
  });
});

describe('verbatim statements', () => {
  it('names the official from the library’s registry when one is given', async () => {
    const { tempLibraryPath } = await import('../helpers/library');
    const db = tempLibraryPath();
    const text = fs.readFileSync(`${import.meta.dirname}/../fixtures/pasted-interview.txt`, 'utf8');
    let out = '';
    const io: CliIO = { stdout: (t) => (out += t), stderr: () => undefined, readStdin: async () => Buffer.from(text), env: {}, untilInterrupted: () => Promise.resolve() };
    expect(await main(['statements', '-', '--json', '--db', db], io)).toBe(0);
    expect((JSON.parse(out) as Array<{ official: string | null }>).every((s) => s.official === null)).toBe(true);
    out = '';
    expect(await main(['import', '--db', db, '-'], io)).toBe(0);
    out = '';
    expect(await main(['statements', '-', '--json', '--db', db], io)).toBe(0);
    expect((JSON.parse(out) as Array<{ official: string | null }>).map((s) => s.official)).toEqual(Array(5).fill('Nino Beridze'));
  });

  it('prints the statements of a text as JSON, with offsets into it', async () => {
    const text = fs.readFileSync(`${import.meta.dirname}/../fixtures/pasted-interview.txt`, 'utf8');
    let out = '';
    const io: CliIO = { stdout: (t) => (out += t), stderr: () => undefined, readStdin: async () => Buffer.from(text), env: {}, untilInterrupted: () => Promise.resolve() };
    expect(await main(['statements', '-', '--json'], io)).toBe(0);
    const statements = JSON.parse(out) as Array<{ text: string; start: number; end: number; kind: string; speaker: string; official: null; cue: string }>;
    expect(statements).toHaveLength(5);
    for (const s of statements) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(Object.keys(s).sort()).toEqual(['cue', 'end', 'kind', 'official', 'speaker', 'start', 'text']);
    }
  });
});
