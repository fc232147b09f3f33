// English tone cues for news about relations between states and institutions: diplomacy, public affairs,
// politics and the economy. Written for this project. Weights run −3..+3; `*` matches by prefix; 0 marks a neutral
// reading that shadows a cue inside it ("great britain", "declined to comment").
import type { ToneLexicon } from './score';

export const EN_LEXICON: ToneLexicon = {
  cues: [
    {
      weight: 3,
      cues: ['breakthrough*', 'historic agreement', 'historic deal', 'historic visit', 'peace agreement', 'peace deal', 'peace accord*', 'peace treaty'],
    },
    {
      weight: 2,
      cues: [
        // Praise and satisfaction
        'welcom*', 'fruitful', 'constructiv*', 'productive', 'cordial*', 'friendly', 'friendship*', 'brotherly', 'fraternal', 'goodwill', 'good will',
        'landmark', 'milestone*', 'success*', 'commend*', 'prais*', 'applaud*', 'hail*', 'congratulat*', 'gratitude', 'grateful', 'pleased',
        'delighted', 'glad', 'optimism', 'optimistic', 'optimistically', 'excellent', 'outstanding', 'upbeat', 'encouraging', 'promising',
        'impressive', 'hopeful*', 'thriving', 'prosper*', 'reconcil*', 'rapprochement', 'detente', 'détente', 'de-escalat*', 'win-win',
        'good-neighbo*', 'good neighbo*', 'acclaim*',
        // Relations and agreements
        'strategic partner*', 'comprehensive partnership', 'privileged partner*', 'close partner*', 'close cooperation', 'close ties',
        'mutually beneficial', 'mutual benefit', 'mutual trust', 'mutual understanding', 'mutual respect', 'common ground',
        'agreement reached', 'deal reached', 'reach* agreement', 'reach* deal', 'reach* consensus', 'reach* understanding', 'reach* compromise',
        'struck deal', 'strike deal', 'signed agreement', 'signed deal', 'peaceful settlement', 'peaceful resolution', 'free and fair',
        'step forward', 'important step', 'positive momentum', 'positive dynamics', 'positive trend*', 'new impetus', 'new chapter', 'new page',
        'warm welcome', 'warm reception', 'record profit*', 'ease tension*', 'eased tension*', 'easing tension*', 'reduc* tension*', 'defus* tension*',
        // Hedged diplomatic phrasing that is nonetheless plainly positive
        'express* hope', 'express* confidence', 'express* satisfaction', 'express* gratitude', 'express* appreciation', 'express* support',
        'with satisfaction', 'noted with satisfaction', 'note with satisfaction', 'notes with satisfaction',
      ],
    },
    {
      weight: 1,
      cues: [
        'cooperat*', 'co-operat*', 'collaborat*', 'partner*', 'agree*', 'accord', 'accords', 'support*', 'endors*', 'approv*', 'ratif*',
        'dialogue', 'dialog', 'progress*', 'improv*', 'growth', 'recover*', 'rebound*', 'investment*', 'stabil*', 'stable', 'peace*', 'ceasefire',
        'cease-fire', 'truce', 'hope', 'hopes', 'hoped', 'hoping', 'confident', 'confidence', 'trust', 'trusted', 'respect', 'respects', 'respected',
        'respectful', 'honor*', 'honour*', 'thank*', 'appreciat*', 'satisf*', 'positive*', 'benefi*', 'advantag*', 'opportunit*', 'effective*',
        'efficient*', 'strengthen*', 'reinforc*', 'bolster*', 'boost*', 'enhanc*', 'facilitat*', 'resolv*', 'solution*', 'compromise', 'consensus',
        'solidarity', 'unity', 'friend*', 'reform*', 'upgrad*', 'surplus', 'profit*', 'good', 'great', 'warm', 'sincere', 'historic', 'celebrat*',
        'impetus', 'momentum', 'unanimous*', 'good offices', 'shared values', 'shared interest*', 'all-time high', 'record high', 'remarkable',
        'lift* sanctions', 'lifting sanctions', 'ease sanctions', 'eased sanctions', 'easing sanctions', 'memorandum of understanding',
        'release of hostages', 'prisoner exchange', 'job creation', 'express* solidarity',
      ],
    },
    {
      weight: -1,
      cues: [
        'concern', 'concerns', 'worr*', 'fear*', 'risk*', 'warn*', 'uncertain*', 'dispute*', 'disagree*', 'protest*', 'reject*', 'veto*',
        'suspend*', 'suspension*', 'halt*', 'freez*', 'frozen', 'cancel*', 'postpon*', 'delay*', 'declin*', 'inflation', 'deficit*',
        'unemployment', 'loss', 'losses', 'lost', 'weak*', 'slow*', 'stall*', 'pressure', 'pressured', 'pressuring', 'alleg*', 'controvers*',
        'sceptic*', 'skeptic*', 'doubt*', 'unclear', 'difficult*', 'problem*', 'obstacle*', 'challenge*', 'hurdle*', 'complicat*', 'restraint',
        'consequences', 'countermeasure*', 'counter-measure*', 'unilateral*', 'hardline', 'hard-line', 'offensive', 'raid*', 'occupied',
        'condolence*', 'frank exchange', 'outstanding issues', 'shortfall*', 'tariff*', 'suspicion*', 'suspicious', 'volatil*', 'contraction',
        'shrink*', 'sell-off', 'step back', 'hack*', 'counter-terror*', 'refugee*', 'migrant crisis', 'tough', 'pessimis*', 'unfavourable',
        'unfavorable', 'ineffective', 'express* condolence*',
      ],
    },
    {
      weight: -2,
      cues: [
        // Conflict and security
        'tension*', 'conflict*', 'clash*', 'attack*', 'assault*', 'fighting', 'airstrike*', 'air strike*', 'missile strike*', 'bomb*', 'shelling',
        'shelled', 'explosion*', 'blast*', 'escalat*', 'unrest', 'riot*', 'turmoil', 'chaos', 'chaotic', 'instabil*', 'unstable', 'threat*',
        'danger*', 'alarm*', 'hostil*', 'war', 'wars', 'warfare', 'warring', 'cold war', 'arms race', 'red line*', 'brink', 'dead end', 'occupation',
        'annex*', 'injur*', 'wound*', 'dead', 'death*', 'died', 'victim*', 'damag*', 'destroy*', 'destruct*', 'detain*', 'arrest*', 'expel*',
        'expuls*', 'espionage', 'spy', 'spies', 'spying', 'cyberattack*', 'cyber-attack*', 'embargo*', 'boycott*', 'blockade*', 'ultimatum*',
        'blackmail*', 'coerc*', 'intimidat*', 'harass*', 'persecut*', 'repress*', 'crackdown*', 'censorship', 'discriminat*', 'xenophob*',
        'hatred', 'hate', 'extremis*', 'sanction*', 'retaliat*', 'tit-for-tat', 'worrying',
        // Words of condemnation and blame
        'provocat*', 'provok*', 'unacceptable', 'inadmissible', 'unfriendly', 'irresponsib*', 'reckless*', 'destabili*', 'undermin*', 'violat*',
        'breach*', 'illegal*', 'illegitimate', 'unlawful*', 'deplor*', 'disappoint*', 'denounc*', 'criticis*', 'criticiz*', 'criticism*',
        'slammed', 'lambast*', 'blam*', 'accus*', 'baseless', 'groundless', 'unfounded', 'absurd', 'hysteri*', 'russophob*', 'double standards',
        'hypocri*', 'disinformation', 'misinformation', 'propaganda', 'interfer*', 'meddl*', 'indignation', 'mistrust', 'distrust', 'unsatisfactory',
        // Breakdown of relations
        'rift*', 'feud*', 'standoff*', 'stand-off*', 'deadlock*', 'stalemate*', 'impasse', 'rupture*', 'severed', 'breakdown', 'broke down',
        'confront*', 'persona non grata', 'summon* ambassador', 'recall* ambassador', 'note of protest', 'fail*', 'setback*',
        // Economy
        'crisis', 'crises', 'recession*', 'default*', 'bankrupt*', 'collaps*', 'plung*', 'plummet*', 'slump*', 'tumbl*', 'crash*', 'stagnat*',
        'downturn*', 'downgrad*', 'shortage*', 'poverty', 'layoff*', 'job losses', 'profit warning', 'corrupt*', 'brib*', 'fraud*', 'scandal*',
        // Hedged diplomatic phrasing that is plainly negative
        'express* concern', 'express* regret', 'express* disappointment', 'express* protest', 'with concern', 'noted with concern',
        'cause for concern', 'concerned about', 'concerned over', 'concerned by', 'regret*', 'with regret', 'step backward*',
      ],
    },
    {
      weight: -3,
      cues: [
        'condemn*', 'aggress*', 'invasion*', 'invad*', 'war crime*', 'crimes against humanity', 'genocid*', 'massacre*', 'atrocit*',
        'ethnic cleansing', 'terror*', 'casualt*', 'fatalit*', 'kill*', 'catastroph*', 'disaster*', 'disastrous', 'devastat*', 'tragedy',
        'tragedies', 'tragic*', 'hostage*', 'coup', 'coups', 'outrage*', 'express* indignation', 'ceasefire violation*', 'humanitarian catastrophe',
      ],
    },
    {
      weight: 0,
      cues: [
        'declined to comment', 'with respect to', 'in respect of', 'respective', 'respectively', 'great britain', 'great power', 'great powers',
        'good morning', 'good afternoon', 'good evening', 'welcome ceremony', 'welcoming ceremony', 'anti-corruption', 'by default', 'successor*',
        'succession', 'successiv*', 'allegiance', 'improvis*', 'optimis*', 'hail* from', 'world war', 'second world war', 'great patriotic war',
        'free trade', 'agreed upon', 'peacekeep*', 'support staff', 'supporters', 'at risk of',
      ],
    },
  ],
  negators: [
    'not', 'no', 'never', 'without', 'hardly', 'barely', 'scarcely', 'neither', 'nor', 'none', 'nobody', 'nothing', 'lack', 'lacks', 'lacked',
    'lacking', 'absence', 'fail', 'fails', 'failed', 'failing', 'failure', 'refus*', 'unable',
  ],
  negationBlockers: ['only', 'just', 'merely', 'least', 'doubt'],
  modifiers: [
    ['very', 1.5], ['extremely', 1.8], ['deeply', 1.5], ['deep', 1.4], ['strongly', 1.5], ['strong', 1.3], ['highly', 1.4], ['sharply', 1.5],
    ['sharp', 1.3], ['severely', 1.5], ['severe', 1.4], ['seriously', 1.4], ['serious', 1.4], ['grave', 1.6], ['gravely', 1.6], ['greatly', 1.4],
    ['particularly', 1.3], ['especially', 1.3], ['utterly', 1.6], ['totally', 1.4], ['completely', 1.4], ['fully', 1.3], ['full', 1.2],
    ['firmly', 1.3], ['resolutely', 1.4], ['vehemently', 1.6], ['categorically', 1.6], ['fiercely', 1.5], ['harshly', 1.5], ['bitterly', 1.5],
    ['heavily', 1.3], ['massive', 1.3], ['major', 1.2], ['significant', 1.3], ['significantly', 1.3], ['growing', 1.2], ['mounting', 1.3],
    ['deepening', 1.3], ['unprecedented', 1.5], ['blatant', 1.5], ['flagrant', 1.6], ['gross', 1.5], ['outright', 1.3], ['truly', 1.3],
    ['really', 1.2], ['warmly', 1.3], ['sincerely', 1.2], ['wholeheartedly', 1.4], ['unequivocally', 1.5], ['increasingly', 1.2],
    ['profoundly', 1.6], ['profound', 1.5], ['intense', 1.3], ['most', 1.2], ['highest', 1.3], ['huge', 1.3],
    ['slightly', 0.5], ['slight', 0.5], ['somewhat', 0.6], ['partly', 0.6], ['partially', 0.6], ['relatively', 0.7], ['fairly', 0.8],
    ['moderately', 0.7], ['moderate', 0.7], ['mildly', 0.5], ['mild', 0.6], ['modest', 0.6], ['modestly', 0.6], ['marginally', 0.5],
    ['marginal', 0.5], ['limited', 0.6], ['cautiously', 0.7], ['cautious', 0.7], ['little', 0.3], ['minor', 0.6], ['possible', 0.8],
    ['potential', 0.8],
  ],
  fillers: [
    'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'of', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have',
    'had', 'to', 'yet', 'also', 'still', 'will', 'would', 'could', 'can', 'did', 'do', 'does', 'may', 'might', 'again', 'any',
  ],
  boundaries: ['but', 'however', 'although', 'though', 'whereas', 'nevertheless', 'nonetheless', 'while'],
};
