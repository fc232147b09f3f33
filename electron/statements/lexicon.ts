// The words that attribute speech, and the words that name a speaker by role, in English and Russian.

/** Reporting verbs and phrases. Order matters only for display; matching is by the alternation below. */
export const EN_CUES = [
  'said', 'says', 'told', 'added', 'adds', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'noted', 'notes', 'stated', 'states', 'explained', 'explains', 'pointed out', 'points out', 'underlined', 'underlines',
  'underscored', 'underscores', 'highlighted', 'highlights', 'warned', 'warns', 'insisted', 'insists', 'claimed', 'claims',
  'argued', 'argues', 'announced', 'announces', 'confirmed', 'confirms', 'recalled', 'recalls', 'urged', 'urges',
  'suggested', 'suggests', 'reiterated', 'reiterates', 'remarked', 'declared', 'declares', 'asserted', 'asserts',
  'maintained', 'maintains', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'observed', 'wrote', 'writes',
  'continued', 'concluded', 'replied', 'responded', 'answered', 'commented', 'believes', 'believed', 'thinks',
  'expressed', 'described', 'called for', 'calls for', 'assured', 'assures', 'promised', 'promises', 'vowed', 'predicted',
  'mentioned', 'elaborated', 'clarified', 'affirmed', 'noting', 'adding', 'saying', 'stressing', 'emphasizing',
  'tells', 'tell', 'asked', 'asks', 'exclaimed', 'exclaims', 'confessed', 'tweeted', 'posted', 'joked', 'quipped',
  'shouted', 'testified', 'conceded', 'countered', 'pledged', 'wondered', 'cautioned', 'boasted', 'complained',
  'lamented', 'charged', 'alleged', 'contended', 'disclosed', 'revealed', 'stressed out', 'went on', 'continues',
  'say', 'argue', 'believe', 'think', 'warn', 'note', 'claim', 'insist', 'predict', 'has said', 'have said', 'had said',
  'told reporters', 'wrote in', 'said on Twitter', 'tweeted that',
  // Replies and retellings that introduce a quotation ("Clinton responds to Mills with, “…”").
  'responds', 'replies', 'answers', 'remarks', 'recounted', 'recounts', 'chanted', 'yelled', 'quips', 'jokes',
];

export const RU_CUES = [
  'заявил', 'заявила', 'заявили', 'отметил', 'отметила', 'отметили', 'подчеркнул', 'подчеркнула', 'подчеркнули',
  'сообщил', 'сообщила', 'сообщили', 'сказал', 'сказала', 'сказали', 'добавил', 'добавила', 'указал', 'указала',
  'пояснил', 'пояснила', 'рассказал', 'рассказала', 'уточнил', 'уточнила', 'считает', 'полагает', 'напомнил', 'напомнила',
  'признал', 'признала', 'предупредил', 'предупредила', 'выразил', 'выразила', 'констатировал', 'констатировала',
];

/**
 * Speech acts and stated stances that take an object or an infinitive, not a "that" clause: "X accused Y of …",
 * "X called the deal a disaster", "X wants to …". What follows the verb is the position taken. Plain actions ("signed",
 * "visited") are not here: they report deeds, not what anyone said or holds; nor "is expected to …" (nobody's
 * statement) or "knows" ("X knows the region well" states no position).
 */
export const STANCE_CUES = [
  'accused', 'accuses', 'criticized', 'criticizes', 'criticised', 'criticises', 'praised', 'praises', 'called', 'calls',
  'called on', 'calls on', 'condemned', 'condemns', 'denounced', 'denounces', 'blasted', 'blasts', 'slammed', 'slams',
  'attacked', 'mocked', 'dismissed', 'rejected', 'rejects', 'blamed', 'blames', 'questioned', 'defended', 'defends',
  'supported', 'supports', 'cited', 'cites', 'pointed to',
  'points to', 'referred to', 'welcomed', 'welcomes', 'thanked', 'wants', 'wanted', 'hoped', 'feared',
  'plans', 'planned', 'threatened', 'threatens', 'refused', 'refuses', 'declined', 'offered', 'proposed', 'proposes',
  'sought', 'seeks', 'demanded', 'demands',
  // The same with a plural subject ("Most voters prefer …") and in the progressive ("Rubio is seeking to …"). Not
  // "support", "want" or "oppose" on their own: "his support fell", "who may want to …" state no one's position.
  'prefer', 'prefers', 'favor', 'favors', 'favour', 'favours', 'accuse', 'criticize', 'blame', 'urge', 'vows', 'call',
  'promise', 'seek', 'propose', 'talked about', 'talks about', 'spoke about', 'is seeking', 'are seeking',
  'is calling for', 'is calling on', 'is hoping', 'are hoping', 'is urging', 'is criticizing', 'is promising',
  'is pledging', 'is offering', 'is supporting', 'are supporting', 'is threatening',
  // How one person sees a matter: "X sees the deal as …", "X considers the vote a mistake".
  'sees', 'considers',
  'призвал', 'призвала', 'призвали', 'обвинил', 'обвинила', 'обвинили', 'раскритиковал', 'раскритиковала',
  'раскритиковали', 'осудил', 'осудила', 'осудили', 'выступил за', 'выступила за', 'выступили за', 'надеется', 'хочет',
];
/** Stances that take only an infinitive: "plans to run" is a stance, "his plans for the city" is not. */
export const INFINITIVE_CUES = /^(?:plans|planned|refused|refuses|declined|offered|is offering|sought|seeks|seek|is seeking|are seeking|is hoping|are hoping|is threatening|threatened|threatens)$/i;

/** Verbs an outlet uses of itself ("News.Az reports"): never a person's statement. */
export const OUTLET_VERBS = /^(?:reports?|reported|writes|informs|сообщает|передает|передаёт|пишет)$/i;

/** Verbs that take their content without "that": "X emphasized the importance of …". */
export const OBJECT_CUES = /^(?:stressed|stresses|emphasi[sz]ed|emphasi[sz]es|highlighted|highlights|underlined|underlines|underscored|underscores|noted|notes|called for|calls for|expressed|urged|welcomed|praised|criticized|criticised|described)$/i;

export const ROLE_NOUNS = [
  'minister', 'deputy minister', 'prime minister', 'foreign minister', 'president', 'vice president', 'vice-president',
  'presidential aide', 'aide', 'assistant', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'diplomat', 'official', 'officials', 'chairman', 'chairwoman', 'chair', 'director', 'head',
  'governor', 'mayor', 'secretary', 'secretary-general', 'representative', 'commissioner', 'senator', 'lawmaker',
  'deputy', 'mp', 'analyst', 'expert', 'chief', 'leader', 'premier', 'ceo', 'general', 'commander', 'speaker',
  'source', 'sources', 'prosecutor', 'judge', 'economist', 'professor', 'researcher', 'scholar', 'politician',
  // Organisations and documents speak too ("the ministry said", "the report found").
  'administration', 'campaign', 'government', 'ministry', 'department', 'agency', 'committee', 'police', 'report',
  'study', 'survey', 'poll', 'polls', 'statement', 'court', 'party', 'company', 'office', 'embassy', 'council',
  'researchers', 'critics', 'supporters', 'opponents', 'voters', 'residents', 'experts', 'analysts', 'economists',
  'lawmakers', 'diplomats', 'authorities', 'spokesperson', 'aides', 'advisers', 'advisors', 'organizers', 'officers',
  'candidate', 'nominee', 'hopeful', 'founder', 'host', 'activist', 'executive', 'owner', 'magnate', 'tycoon',
  'billionaire', 'group', 'organization', 'organisation', 'union', 'association', 'institute', 'website', 'newspaper',
  // People in numbers who speak as one ("…,” federal prosecutors wrote; "some protesters chanted").
  'prosecutors', 'protesters', 'demonstrators', 'investigators', 'observers', 'witnesses', 'historians', 'scientists',
  'strategists', 'pollsters',
];

/** Role nouns that name an organisation, a group or a document rather than one person. */
export const COLLECTIVE_NOUNS = new Set([
  'administration', 'campaign', 'government', 'ministry', 'department', 'agency', 'committee', 'police', 'report', 'study',
  'survey', 'poll', 'polls', 'statement', 'court', 'party', 'company', 'office', 'embassy', 'council', 'researchers',
  'critics', 'supporters', 'opponents', 'voters', 'residents', 'experts', 'analysts', 'economists', 'lawmakers',
  'diplomats', 'authorities', 'aides', 'advisers', 'advisors', 'organizers', 'officers', 'officials', 'sources',
  'group', 'organization', 'organisation', 'union', 'association', 'institute', 'website', 'newspaper', 'prosecutors',
  'protesters', 'demonstrators', 'investigators', 'observers', 'witnesses', 'historians', 'scientists', 'strategists',
  'pollsters',
]);

export const RU_ROLE_NOUNS = ['министр', 'президент', 'посол', 'глава', 'представитель', 'помощник', 'председатель', 'замминистра', 'спикер', 'губернатор', 'мэр', 'эксперт', 'премьер', 'дипломат', 'советник', 'депутат', 'аналитик'];

export const PRONOUNS = /^(?:he|she|they|он|она|они)$/i;

/** Words that look like names in capitals but open sentences or name no one. */
export const NOT_NAMES = new Set(
  [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'In', 'On', 'At', 'As', 'For', 'From', 'With', 'By', 'Since', 'After', 'Before', 'When', 'While', 'If', 'However', 'Meanwhile', 'Also', 'Currently', 'Most', 'First', 'Our', 'Their', 'His', 'Her', 'Its', 'There', 'Here', 'According', 'Earlier', 'Later', 'Last', 'Next', 'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'Then', 'Because', 'So', 'Now', 'Yet', 'Still', 'Even', 'Just', 'Only', 'Already', 'Perhaps', 'Maybe', 'Indeed', 'Instead', 'Although', 'Though', 'Despite', 'During', 'Under', 'Over', 'Into', 'Through', 'Without', 'Within', 'Among', 'Between', 'Against', 'Until', 'Unless', 'Whether', 'Why', 'What', 'Who', 'Which', 'Where', 'How', 'Yes', 'No', 'Well', 'Oh', 'Follow', 'Read', 'Watch', 'Click', 'See', 'Photo', 'Via', 'Like', 'Many', 'Some', 'Several', 'Both', 'Each', 'Every', 'All', 'Such', 'Other', 'Another', 'One', 'Two', 'Three', 'My', 'Your', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Not', 'Never', 'Again', 'Once', 'About', 'Above', 'Below', 'Around', 'Across', 'Along', 'Behind', 'Beyond', 'Upon', 'Off', 'Out', 'Up', 'Down',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  ],
);

/** Titles and role nouns that stand before a name, in English and Russian. */
const TITLE_WORDS = new Set([
  ...ROLE_NOUNS.filter((r) => !r.includes(' ') && !COLLECTIVE_NOUNS.has(r)),
  ...RU_ROLE_NOUNS,
  ...['senator', 'congressman', 'congresswoman', 'former', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'adm', 'attorney', 'justice', 'заместитель'],
]);

/** The name a capitalised phrase holds once words that only open sentences are taken off ("Then Brafman" → "Brafman"). */
export function nameWithoutOpeners(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  // A title before a name is not part of it: "Министр Сергей Лавров", "Senator Bernie Sanders", "Sen. Graham".
  while (words.length > 1 && TITLE_WORDS.has(words[0]!.toLocaleLowerCase().replace(/\.$/, ''))) words.shift();
  // A participle opens a sentence ("Addressing Trump"), but a word on its own is a surname (Sperling, Reed).
  while (words.length > 0 && (NOT_NAMES.has(words[0]!.replace(/[.,]$/, '')) || (words.length > 1 && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(words[0]!)))) words.shift();
  // "former President Bill Clinton", "FBI general counsel James Baker": the name is the capitalised run at the end.
  const lastLower = words.findLastIndex((w) => /^\p{Ll}/u.test(w) && !/^(?:van|von|de|del|der|da|bin|al|ibn|el|la|le|ben)$/.test(w));
  if (lastLower >= 0 && lastLower < words.length - 1) words.splice(0, lastLower + 1);
  return words.length > 0 ? words.join(' ') : null;
}

/** Capitalised words that make a name a publication: a source of the text, never a speaker in it. */
export const PUBLICATION_WORDS = /\b(?:Times|News|Post|Agency|Press|Journal|Gazette|Herald|Tribune|Daily|Weekly|Courier|Wire|TV|Radio|Channel|Telegraph|Guardian|Review|Magazine|Reuters|AFP|AP|Xinhua|TASS|RIA|Interfax|Bloomberg|Novosti|Izvestia|Kommersant|Vedomosti)\b/;

/** Capitalised words that make a name an organisation or a place rather than a person. */
export const ORGANISATION_WORDS = /\b(?:Ministry|Department|Office|Committee|Commission|Council|Parliament|Government|Administration|Bank|Company|Corporation|Group|Union|Organization|Organisation|Association|Institute|University|Embassy|Service|Initiative|Corridor|Republic|Kingdom|States|Federation|Road|Sea|China|Azerbaijan|Russia|Europe|Asia)\b/;
