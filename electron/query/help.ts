// What the help popover and the README show about the search syntax. Kept next to the parser so that the two change
// together; the tests parse every example.

export interface QueryHelpEntry {
  syntax: string;
  meaning: string;
  example: string;
}

export const QUERY_HELP: readonly QueryHelpEntry[] = [
  { syntax: 'word', meaning: 'Finds the word, ignoring case and accents (Hikmət = Hikmet). Several words: all of them.', example: 'corridor Baku' },
  { syntax: '"exact phrase"', meaning: 'The words together, in this order. “Curly”, „low-high“ and «angle» quotes work too.', example: '"Middle Corridor"' },
  { syntax: 'word*', meaning: 'Words starting with this. In a phrase only the last word can have a star.', example: 'transport*  "green grow*"' },
  { syntax: 'a OR b', meaning: 'Either one. AND binds tighter than OR.', example: 'gas OR oil' },
  { syntax: 'a AND b', meaning: 'Both (the same as a space).', example: 'gas AND Europe' },
  { syntax: 'NOT a  or  -a', meaning: 'Leave out what has this. Works on words, phrases, fields and groups.', example: 'pipeline -"Nord Stream"' },
  { syntax: '( … )', meaning: 'Group parts, e.g. to combine OR with other words.', example: '(gas OR oil) Europe' },
  { syntax: 'a NEAR/n b', meaning: 'Both within n words of each other, in either order (0 to 100). NEAR alone means NEAR/10.', example: 'energy NEAR/5 deal' },
  { syntax: 'AND OR NOT NEAR', meaning: 'Operators only in capitals; lower-case and, or, not are ordinary words.', example: '"rock and roll"' },
  { syntax: '中国', meaning: 'Chinese, Japanese and Korean text is searched inside runs of characters, so one or two characters work.', example: '油 OR 天然气' },
  { syntax: 'official:name', meaning: 'Statements by this official. Quote names with spaces.', example: 'official:"Hikmət Hajiyev"' },
  { syntax: 'speaker:name', meaning: 'Statements by this speaker, as named in the text.', example: 'speaker:Aliyev' },
  { syntax: 'topic:name', meaning: 'Filed under this topic or any topic beneath it.', example: 'topic:Connectivity' },
  { syntax: 'tag:name', meaning: 'Carries this tag (or a tag beneath it).', example: 'tag:urgent' },
  { syntax: 'outlet:name', meaning: 'Published by this outlet.', example: 'outlet:Reuters' },
  { syntax: 'country:name', meaning: 'About or from this country.', example: 'country:Georgia' },
  { syntax: 'lang:code', meaning: 'Written in this language.', example: 'lang:az' },
  { syntax: 'tone:value', meaning: 'positive, neutral or negative.', example: 'tone:negative' },
  { syntax: 'kind:value', meaning: 'direct or reported speech.', example: 'kind:direct' },
  { syntax: 'speakerkind:value', meaning: 'What the speaker is: person, institution (a ministry, party, company…), anonymous (an unnamed source) or unknown.', example: 'speakerkind:institution' },
  { syntax: 'after:date', meaning: 'On or after the date: 2024, 2024-03 or 2024-03-26 (after:2024-03 starts on 1 March).', example: 'after:2024-03' },
  { syntax: 'before:date', meaning: 'Before the date (before:2024-03 ends on 29 February).', example: 'before:2024-03-26' },
  { syntax: 'has:value', meaning: 'Has an annotation, statement, note or tag.', example: 'has:annotation' },
  { syntax: 'name:value*', meaning: 'A star after a name field’s value matches its start.', example: 'speaker:Ali*' },
];
