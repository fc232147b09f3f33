// The tone suggestion: clear cases in English and Russian, negation, hedged diplomatic phrasing, length, offsets,
// languages it must not guess, and inputs that must not break it.
import { describe, expect, it } from 'vitest';
import { EN_LEXICON, NEUTRAL_BAND, RU_LEXICON, suggestTone, type ToneLexicon, type ToneSuggestion } from '../../electron/tone';

const tone = (text: string, language?: string | null) => suggestTone(text, language).tone;
const cues = (s: ToneSuggestion) => s.evidence.map((e) => [e.cue, e.weight]);

describe('clear cases in English', () => {
  it('finds a positive readout positive, with the cues that made it so', () => {
    const s = suggestTone('The ministers welcomed the fruitful talks and signed a strategic partnership agreement.');
    expect(s).toMatchObject({ tone: 'positive', language: 'en' });
    expect(s.score).toBeGreaterThan(0.6);
    expect(s.confidence).toBeGreaterThan(0.7);
    expect(s.evidence.map((e) => e.cue)).toEqual(['welcomed', 'fruitful', 'strategic partnership', 'agreement']);
  });

  it('finds a condemnation negative', () => {
    const s = suggestTone('The ministry condemned the provocation and warned of new sanctions.');
    expect(s.tone).toBe('negative');
    expect(s.score).toBeLessThan(-0.6);
    expect(cues(s)).toEqual([['condemned', -3], ['provocation', -2], ['warned', -1], ['sanctions', -2]]);
  });

  it('finds a schedule neutral', () => {
    const s = suggestTone('The delegation will arrive on Tuesday.');
    expect(s).toMatchObject({ tone: 'neutral', score: 0, language: 'en', evidence: [] });
    expect(s.confidence).toBeGreaterThan(0);
    expect(tone('The foreign minister met his counterpart in Baku and discussed the agenda of the next session.')).toBe('neutral');
  });

  it('reads the economy too', () => {
    expect(tone('The economy slid into recession as exports plummeted and unemployment rose.')).toBe('negative');
    expect(tone('Investment and economic growth improved, and the central bank reported a record high surplus.')).toBe('positive');
  });
});

describe('clear cases in Russian', () => {
  it('finds a positive readout positive, whatever the case endings', () => {
    const s = suggestTone('Министры приветствовали плодотворные переговоры и подписали соглашение о стратегическом партнёрстве.');
    expect(s).toMatchObject({ tone: 'positive', language: 'ru' });
    expect(s.evidence.map((e) => e.cue)).toEqual(['приветствовали', 'плодотворные', 'подписали соглашение', 'стратегическом партнёрстве']);
    expect(tone('Стороны отметили успешное развитие сотрудничества и конструктивный характер диалога.')).toBe('positive');
  });

  it('finds a condemnation negative', () => {
    const s = suggestTone('МИД осудил провокацию и пригрозил новыми санкциями.');
    expect(s.tone).toBe('negative');
    expect(s.evidence.map((e) => e.cue)).toEqual(['осудил', 'провокацию', 'пригрозил', 'санкциями']);
    expect(tone('Агрессия привела к многочисленным жертвам, в результате обстрела погибли мирные жители.')).toBe('negative');
  });

  it('finds a schedule neutral, and does not take "прибыла" (arrived) for profit', () => {
    expect(suggestTone('Делегация прибудет во вторник.')).toMatchObject({ tone: 'neutral', language: 'ru', evidence: [] });
    expect(tone('Делегация прибыла в Москву, где проведёт консультации в министерстве.')).toBe('neutral');
  });
});

describe('negation', () => {
  it('turns a welcome into a rebuff', () => {
    expect(tone('The minister welcomed the proposal.')).toBe('positive');
    const s = suggestTone('The minister did not welcome the proposal.');
    expect(s.tone).toBe('negative');
    expect(cues(s)).toEqual([['welcome', -1.5]]);
    expect(tone("The minister didn't welcome the proposal.")).toBe('negative');
  });

  it('turns support into its refusal in Russian', () => {
    expect(tone('Делегация поддержала инициативу.')).toBe('positive');
    expect(tone('Делегация не поддержала инициативу.')).toBe('negative');
    expect(tone('Стороны так и не смогли достичь соглашения.')).toBe('negative');
  });

  it('reads negation inside a phrase and "failed to"', () => {
    expect(cues(suggestTone('An agreement was not reached.'))).toEqual([['agreement was not reached', -1.5]]);
    expect(tone('The sides failed to reach an agreement.')).toBe('negative');
    expect(tone('Договорённость не была достигнута.')).toBe('negative');
  });

  it('only damps a negated negative: no casualties is good news, not praise', () => {
    const s = suggestTone('There were no casualties.');
    expect(s.evidence[0]?.weight).toBeCloseTo(0.9);
  });

  it('ignores "not only", "тем не менее" and negators across a clause break', () => {
    expect(cues(suggestTone('It was not only constructive but fruitful.'))).toEqual([['constructive', 2], ['fruitful', 2]]);
    expect(suggestTone('Тем не менее стороны договорились о перемирии.').evidence.every((e) => e.weight > 0)).toBe(true);
    expect(suggestTone('No, the ministers welcomed the talks.').evidence[0]?.weight).toBe(2);
  });

  it('drops an intensifier under a negator: "not very constructive" is mildly negative', () => {
    expect(cues(suggestTone('The talks were not very constructive.'))).toEqual([['constructive', -1.5]]);
  });
});

describe('intensifiers and hedged diplomatic phrasing', () => {
  it('strengthens and weakens cues', () => {
    expect(suggestTone('The ministry strongly condemned the attack.').evidence[0]?.weight).toBe(-4.5);
    expect(suggestTone('МИД крайне резко осудил нападение.').evidence[0]?.weight).toBeLessThan(-3);
    expect(suggestTone('There was slight progress.').evidence[0]?.weight).toBe(0.5);
  });

  it('reads "expressed concern" as negative, "expressed hope" and "noted with satisfaction" as positive', () => {
    const concern = suggestTone('The minister expressed their deep concern over the situation.');
    expect(concern.tone).toBe('negative');
    expect(cues(concern)).toEqual([['expressed their deep concern', -2.8]]);
    expect(tone('The minister expressed hope for an early settlement.')).toBe('positive');
    expect(tone('The foreign minister noted with satisfaction the state of bilateral relations.')).toBe('positive');
    expect(tone('Министр выразил глубокую обеспокоенность ситуацией.')).toBe('negative');
    expect(tone('Министр выразил надежду на скорое урегулирование.')).toBe('positive');
    expect(tone('Стороны с удовлетворением отметили итоги визита.')).toBe('positive');
  });

  it('counts quoted words like any others', () => {
    const s = suggestTone('He called the move "a provocation" and «недопустимым».', 'en');
    expect(s.evidence.map((e) => e.cue)).toEqual(['provocation', 'недопустимым']);
    expect(s.tone).toBe('negative');
  });

  it('knows the neutral readings that contain a cue', () => {
    expect(suggestTone('Great Britain declined to comment on the successor.').evidence).toEqual([]);
    expect(suggestTone('Благодаря этому решению мирные жители вернулись домой.').evidence).toEqual([]);
  });
});

describe('length', () => {
  const filler = [
    'The delegation arrived in the capital on Tuesday morning.',
    'The programme includes meetings at the foreign ministry and at the parliament.',
    'Officials discussed the schedule of consultations for the coming year.',
    'The ambassador presented the report to the committee.',
    'The next round is planned for the autumn in Geneva.',
  ];
  const long = Array.from({ length: 40 }, (_, i) => filler[i % filler.length]).join(' ');

  it('keeps a long, mostly neutral text with one weak cue neutral', () => {
    const text = `${long} The sides also talked about cooperation in transport. ${long}`;
    const s = suggestTone(text);
    expect(s.evidence.map((e) => e.cue)).toEqual(['cooperation']);
    expect(s.tone).toBe('neutral');
    expect(Math.abs(s.score)).toBeLessThan(NEUTRAL_BAND / 2);
  });

  it('lets a long text with many cues leave neutral', () => {
    const text = `${long} ${'The ministry condemned the shelling and the casualties. '.repeat(8)}`;
    expect(tone(text)).toBe('negative');
  });

  it('is less sure when cues cancel each other', () => {
    const mixed = suggestTone('The ministers welcomed the talks but condemned the attack.');
    expect(mixed.tone).not.toBe('positive');
    expect(mixed.confidence).toBeLessThan(suggestTone('The ministers condemned the attack.').confidence);
  });
});

describe('evidence offsets', () => {
  it('point at the cue text, in UTF-16 code units, after emoji and accents', () => {
    const texts = [
      'The ministry condemned the provocation and warned of new sanctions.',
      '🇺🇳 Résumé: 🙂 the ministers “welcomed” the fruitful talks — a breakthrough!',
      'МИД осудил провокацию и пригрозил новыми санкциями. Ещё одна агрессия.',
      'İstanbul: the sides expressed concern over the crisis.',
    ];
    for (const text of texts) {
      const s = suggestTone(text, text.startsWith('МИД') ? 'ru' : 'en');
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.cue);
    }
  });
});

describe('languages', () => {
  it('uses the given code, with or without a region', () => {
    expect(suggestTone('The ministers welcomed the talks.', 'en-GB').language).toBe('en');
    expect(suggestTone('Министры приветствовали переговоры.', 'RU').language).toBe('ru');
  });

  it('guesses English or Russian from the script', () => {
    expect(suggestTone('The ministers welcomed the talks.').language).toBe('en');
    expect(suggestTone('Министры приветствовали переговоры.', null).language).toBe('ru');
  });

  it('returns neutral with confidence 0 for a language it does not handle', () => {
    const none = { tone: 'neutral', score: 0, confidence: 0, language: null, evidence: [] };
    expect(suggestTone('The ministers welcomed the talks.', 'fr')).toEqual(none);
    expect(suggestTone('Die Minister begrüßten die Gespräche.', 'de')).toEqual(none);
    expect(suggestTone('外交部强烈谴责挑衅行为。')).toEqual(none);
    expect(suggestTone('وزارة الخارجية تدين الاستفزاز')).toEqual(none);
  });

  it('does not guess English for another Latin-script language, nor Russian for Ukrainian', () => {
    const french =
      'Le ministre des affaires étrangères a rencontré son homologue à Paris pour discuter de la coopération entre les deux pays et des questions régionales, avant une conférence de presse commune.';
    expect(suggestTone(french)).toMatchObject({ tone: 'neutral', confidence: 0, language: null });
    const ukrainian = 'Міністр закордонних справ зустрівся зі своїм колегою і обговорив співпрацю між двома країнами та регіональні питання.';
    expect(suggestTone(ukrainian)).toMatchObject({ tone: 'neutral', confidence: 0, language: null });
  });
});

describe('bad inputs', () => {
  it('returns neutral with confidence 0 for empty or blank text', () => {
    expect(suggestTone('')).toEqual({ tone: 'neutral', score: 0, confidence: 0, language: null, evidence: [] });
    expect(suggestTone('', 'en')).toMatchObject({ tone: 'neutral', confidence: 0, language: 'en' });
    expect(suggestTone('   \n\t  ')).toMatchObject({ tone: 'neutral', confidence: 0 });
    expect(suggestTone('!!! ... ---', 'ru')).toMatchObject({ tone: 'neutral', confidence: 0, language: 'ru' });
  });

  it('handles a 5 MB text', () => {
    const paragraph = 'The delegation arrived on Tuesday. The ministry condemned the provocation. Стороны приветствовали переговоры. ';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const started = performance.now();
    const s = suggestTone(text);
    console.log(`tone: ${(text.length / 1e6).toFixed(1)} MB scored in ${Math.round(performance.now() - started)} ms, ${s.evidence.length} cues`);
    expect(s.language).toBe('en');
    expect(s.score).toBeGreaterThanOrEqual(-1);
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.evidence.length).toBeGreaterThan(100_000);
    const last = s.evidence.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe(last.cue);
  });

  it('scores 100,000 short statements (timing printed, not asserted)', () => {
    const sentences = [
      'The ministers welcomed the fruitful talks and signed a strategic partnership agreement. ',
      'The ministry condemned the provocation and warned of new sanctions. ',
      'The delegation will arrive on Tuesday and meet officials at the foreign ministry. ',
      'Министр выразил глубокую обеспокоенность эскалацией конфликта на границе. ',
      'Делегация прибудет во вторник для консультаций по вопросам торговли. ',
    ];
    const statements = Array.from({ length: 100_000 }, (_, i) => {
      let s = '';
      for (let j = i; s.length < 300; j = (j * 7 + 3) % 97) s += sentences[j % sentences.length];
      return s.slice(0, 300);
    });
    const counts = { positive: 0, neutral: 0, negative: 0 };
    const started = performance.now();
    for (const s of statements) counts[suggestTone(s).tone]++;
    console.log(`tone: 100,000 statements of 300 characters in ${Math.round(performance.now() - started)} ms`, counts);
    expect(counts.positive + counts.neutral + counts.negative).toBe(100_000);
  });
});

describe('the lexicons', () => {
  const lexicons: [string, ToneLexicon, RegExp][] = [
    ['en', EN_LEXICON, /^[a-zé' -]+\*?$/],
    ['ru', RU_LEXICON, /^[а-я -]+\*?$/],
  ];
  it.each(lexicons)('%s: a few hundred well-formed cues, weights −3..3, no duplicates', (_name, lexicon, shape) => {
    const all = lexicon.cues.flatMap((g) => g.cues);
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all).size).toBe(all.length);
    for (const group of lexicon.cues) expect(Number.isInteger(group.weight) && Math.abs(group.weight) <= 3).toBe(true);
    for (const cue of all) for (const token of cue.split(' ')) expect(token, cue).toMatch(shape);
    for (const [, factor] of lexicon.modifiers) expect(factor > 0 && factor < 2).toBe(true);
  });
});
