// Generates a realistic library for the search benchmark (bench/search.ts): articles in six languages and scripts
// with statements quoted inside them, officials with aliases in Latin, Azerbaijani and Cyrillic spelling, outlets,
// a two-level topic tree with assignments, tags and tones, spread over three years.
//
// Words are drawn from a vocabulary of a few thousand words per language with a Zipf distribution (a handful of very
// common words, a long tail of rare ones), so the full-text index has realistic posting lists. Everything comes from a
// seeded generator: two runs with the same options build the same texts (ids are random UUIDs, as in the app).
//
// Rows are written with prepared statements in transactions of a few thousand articles, streaming: nothing holds more
// than one article and its statements at a time. The library's triggers mark every row for the search index; the
// caller times the indexing (SearchService.index.flush()) separately.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { OfficialStore } from '../db/officials';
import { OutletStore } from '../db/outlets';
import { TagStore } from '../db/tags';
import { TopicStore } from '../db/topics';
import { contentHash } from '../electron/clipping/hash';
import { foldName, nameSkeleton } from '../electron/statements/names';

// ---------------------------------------------------------------------------------------------------------------------
// Randomness

/** A small seeded generator (xorshift with a multiply), good enough for test data and much faster than crypto. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return (Math.imul(x, 0x2c1b3c6d) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
class Zipf {
  private readonly cdf: Float64Array;

  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      this.cdf[k] = sum;
    }
    for (let k = 0; k < n; k++) this.cdf[k] = this.cdf[k]! / sum;
  }

  draw(random: Random): number {
    const u = random.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Picks by weight: `[['en', 55], ['ru', 25]]`. */
function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return (random) => {
    let u = random.next() * total;
    for (const [value, w] of entries) {
      u -= w;
      if (u < 0) return value;
    }
    return entries[entries.length - 1]![0];
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Languages

export type Lang = 'en' | 'ru' | 'az' | 'tr' | 'zh' | 'ar';

export const LANGUAGE_MIX: ReadonlyArray<readonly [Lang, number]> = [
  ['en', 55],
  ['ru', 25],
  ['az', 8],
  ['tr', 5],
  ['zh', 4],
  ['ar', 3],
];

interface LanguageSpec {
  /** Real words, most frequent first: they take the head of the Zipf ranking. */
  common: string;
  /** Real words placed at the far tail of the ranking (rare words for queries). */
  rare: string;
  /** Syllables for the synthetic rest of the vocabulary. */
  onsets: string;
  vowels: string;
  codas: string;
  suffixes: string;
  /** Sentence templates: {w} a word, {W} a capitalised word, {said}, {place}, {org}, {month}, {num}, {year}. */
  templates: string[];
  said: string;
  places: string;
  orgs: string;
  months: string;
  /** How a statement is written into the article: {speaker}, {said}, {quote}; and which kind it is. */
  direct: string;
  reported: string;
  /** Between words ('' for Chinese) and at the end of a filler sentence. */
  space: string;
  stop: string;
}

// Lists are space-separated; '_' joins words that belong together ("told_reporters").
const split = (list: string): string[] => list.trim().split(/\s+/).map((w) => w.replaceAll('_', ' '));

const SPECS: Record<Lang, LanguageSpec> = {
  en: {
    common: `the of and to in a for on that with said by as at from is was will has have its it be are were which this
      minister government agreement energy said country talks cooperation president foreign region project development
      trade corridor transport ministry railway security official economic investment visit summit meeting delegation
      gas oil pipeline port cargo transit freight ferry container terminal border customs tariff market bank budget loan
      growth sanctions statement spokesman diplomat talks treaty forum exhibition partnership infrastructure capacity
      volume route shipment export import production supply demand price revenue financing construction modernisation
      agenda initiative framework negotiations ceasefire peace settlement normalisation delimitation consultation
      parliament committee deputy chairman adviser aide envoy ambassador embassy consulate mission`,
    rare: 'ombudsman desalination pontoon hydrofoil apiculture',
    onsets: 'b c d f g h l m n p r s t v w br cr dr gr pl pr st tr sh ch th',
    vowels: 'a e i o u ea ai ou',
    codas: '_ n r l s t nd st rt m',
    suffixes: '_ _ _ ion ment er ing ed al ity ive ance',
    templates: [
      '{W} {w} {said} that the {w} {w} would {w} the {w} {w} by {month}.',
      'The {w} {w} of the Middle Corridor {w} {num} per cent in {year}.',
      'According to the {org}, {w} {w} and {w} {w} remain {w} for the {w}.',
      '{W} {w} {w} the energy pipeline from {place} to {place}, the {w} {w} {said}.',
      'Ferry and railway {w} between {place} and {place} {w} {num} {w} last {month}.',
      'The minister of {w} {w} met the {w} {w} in {place} to discuss {w} and {w}.',
      '{W} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w}.',
      '{W} {w} {w} {w} {w} {w} {w} {w}, {w} {w} {w} {w} {w} {w}.',
    ],
    said: 'said stated noted told_reporters added stressed',
    places: 'Baku Tbilisi Ankara Astana Tashkent Aktau Alat Poti Batumi Kars Moscow Brussels Beijing Tehran',
    orgs: 'World_Bank Asian_Development_Bank European_Commission State_Customs_Committee Ministry_of_Economy',
    months: 'January February March April May June July August September October November December',
    direct: '{speaker} {said}: “{quote}”',
    reported: '{speaker} {said} that {quote}',
    space: ' ',
    stop: '.',
  },
  ru: {
    common: `и в на с по что не о для к из от это как а также его их было будет были
      министр правительство переговоры сотрудничество энергетика президент соглашение экономика трубопровод газ нефть
      порт транзит грузы визит встреча заявил сообщил отметил безопасность развитие инвестиции торговля санкции регион
      страны проект коридор перевозки железной дороги делегация саммит форум помощник посол посольство парламент
      комитет вопросы стороны договорённости мирного урегулирования границы таможни тарифы рынок банк бюджет кредит`,
    rare: 'омбудсмен опреснение понтон',
    onsets: 'б в г д ж з к л м н п р с т ф х ц ч ш пр ст тр кр гр сл',
    vowels: 'а е и о у ы я ю',
    codas: '_ н р л с т к',
    suffixes: '_ ов ами ия ость ение ный ская ать ил',
    templates: [
      '{W} {w} {said}, что {w} {w} будет {w} до {month}.',
      'По данным {org}, объём {w} по Среднему коридору вырос на {num} процентов в {year} году.',
      '{W} {w} переговоры о {w} {w} продолжатся в {place}.',
      'Министр {w} {w} обсудил с {w} {w} вопросы {w} и {w}.',
      'Паромные и железнодорожные перевозки между {place} и {place} {w} {num} {w}.',
      '{W} {w} {w} {w} {w} {w} {w} {w} {w} {w}.',
      '{W} {w} {w} {w} {w}, {w} {w} {w} {w} {w} {w} {w}.',
    ],
    said: 'заявил отметил сообщил подчеркнул добавил',
    places: 'Баку Тбилиси Анкаре Астане Ташкенте Актау Алят Поти Москве Брюсселе Пекине',
    orgs: 'Всемирного_банка Еврокомиссии Госкомитета_таможни Минэкономики',
    months: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    direct: '{speaker} {said}: «{quote}»',
    reported: '{speaker} {said}, что {quote}',
    space: ' ',
    stop: '.',
  },
  az: {
    common: `və ilə bu da də üçün bir olan ki isə artıq daha çox
      nazir hökumət əməkdaşlıq enerji prezident dəhliz danışıqlar müqavilə iqtisadiyyat layihə sülh xarici işlər
      nazirliyi köməkçisi bəyanat görüş inkişaf nəqliyyat dəmir yolu liman qaz neft boru kəməri ölkə region
      təhlükəsizlik investisiya ticarət sərhəd gömrük bazar bank büdcə kredit səfir parlament komitə nümayəndə`,
    rare: 'ombudsman duzsuzlaşdırma',
    onsets: 'b c ç d f g h x k q l m n p r s ş t v y z',
    vowels: 'a ə ı i o ö u ü e',
    codas: '_ n r l s ş t q z',
    suffixes: '_ _ lar lər dır nın ında lıq çi mək maq',
    templates: [
      '{W} {w} {said} ki, {w} {w} {month} ayında {w} olacaq.',
      'Orta Dəhliz üzrə {w} {w} {year}-ci ildə {num} faiz artıb.',
      'Tərəflər {w} {w} sahəsində əməkdaşlıq imkanlarını müzakirə ediblər.',
      '{place} və {place} arasında {w} {w} {w} edilib.',
      '{W} {w} {w} {w} {w} {w} {w} {w} {w}.',
      '{W} {w} {w} {w}, {w} {w} {w} {w} {w} {w}.',
    ],
    said: 'bildirib qeyd_edib vurğulayıb deyib',
    places: 'Bakı Tbilisi Ankara Astana Daşkənd Aktau Ələt Poti Qars Naxçıvan',
    orgs: 'Dünya_Bankı Avropa_Komissiyası Dövlət_Gömrük_Komitəsi İqtisadiyyat_Nazirliyi',
    months: 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr',
    direct: '{speaker} {said}: “{quote}”',
    reported: '{speaker} {said} ki, {quote}',
    space: ' ',
    stop: '.',
  },
  tr: {
    common: `ve bir bu ile için da de olarak daha çok en gibi
      bakan hükümet işbirliği enerji cumhurbaşkanı koridor görüşme anlaşma ekonomi proje barış dışişleri güvenlik
      ulaştırma demiryolu liman doğalgaz petrol boru hattı yatırım ticaret kalkınma sınır gümrük piyasa banka bütçe
      kredit büyükelçi meclis komite heyet zirve ziyaret`,
    rare: 'ombudsman tuzdanarındırma',
    onsets: 'b c ç d f g h k l m n p r s ş t v y z',
    vowels: 'a e ı i o ö u ü',
    codas: '_ n r l s ş t k z',
    suffixes: '_ _ lar ler lik lık sı ında mek mak çi',
    templates: [
      '{W} {w} {said}, {w} {w} {month} ayında {w} olacak.',
      "Orta Koridor'da {w} {w} {year} yılında yüzde {num} arttı.",
      'Taraflar {w} ve {w} alanında işbirliği olanaklarını görüştü.',
      '{place} ile {place} arasında {w} {w} {w} yapıldı.',
      '{W} {w} {w} {w} {w} {w} {w} {w} {w}.',
      '{W} {w} {w} {w}, {w} {w} {w} {w} {w}.',
    ],
    said: 'dedi açıkladı belirtti vurguladı',
    places: 'Bakü Tiflis Ankara Astana Taşkent Aktav Kars Poti İstanbul Mersin',
    orgs: 'Dünya_Bankası Avrupa_Komisyonu Ticaret_Bakanlığı',
    months: 'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
    direct: '{speaker} {said}: “{quote}”',
    reported: '{speaker}, {quote} {said}',
    space: ' ',
    stop: '.',
  },
  zh: {
    common: `的 了 在 和 是 也 将 对 与 已
      部长 政府 合作 能源 总统 走廊 会谈 协议 经济 项目 和平 外交 安全 运输 铁路 港口 天然气 石油 管道 投资 贸易
      发展 边境 海关 市场 银行 预算 贷款 大使 议会 委员会 代表团 峰会 访问 中国 阿塞拜疆 物流 货物 过境`,
    rare: '监察专员 海水淡化',
    // Chinese words are made of characters, not syllables: see syntheticWord.
    onsets: '',
    vowels: '',
    codas: '',
    suffixes: '',
    templates: [
      '{w}{w}{said}，{w}{w}将于{month}{w}{w}。',
      '中间走廊{w}{w}在{year}年增长了百分之{num}。',
      '双方就能源{w}和{w}合作交换了意见。',
      '{place}港口的{w}{w}{w}。',
      '{w}{w}{w}{w}{w}{w}{w}{w}{w}{w}。',
      '{w}{w}{w}{w}，{w}{w}{w}{w}{w}{w}。',
    ],
    said: '表示 指出 强调 说',
    places: '巴库 第比利斯 安卡拉 阿斯塔纳 塔什干 阿克套 波季 莫斯科 北京 西安',
    orgs: '世界银行 亚洲开发银行 欧盟委员会 海关委员会',
    months: '一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月',
    direct: '{speaker}{said}：“{quote}”',
    reported: '{speaker}{said}，{quote}',
    space: '',
    stop: '。',
  },
  ar: {
    common: `في من على إلى أن مع عن هذا التي الذي كان
      وزير الحكومة التعاون الطاقة الرئيس الممر المحادثات الاتفاقية الاقتصاد المشروع السلام الخارجية الأمن النقل
      السكك الحديدية الميناء الغاز النفط خط الأنابيب الاستثمار التجارة التنمية الحدود الجمارك السوق البنك الميزانية
      القرض السفير البرلمان اللجنة الوفد القمة الزيارة أذربيجان باكو`,
    rare: 'أمين_المظالم تحلية',
    onsets: 'ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي',
    vowels: 'ا و ي _ _ _',
    codas: '_ ن ر ل س ت م',
    suffixes: '_ _ ة ات ين ية',
    templates: [
      '{said} {w} {w} إن {w} {w} سيكون في {month}.',
      'ارتفع حجم {w} عبر الممر الأوسط بنسبة {num} في المئة في عام {year}.',
      'بحث الجانبان التعاون في مجال الطاقة و{w} {w}.',
      '{W} {w} {w} {w} {w} {w} {w} {w}.',
      '{W} {w} {w} {w}، {w} {w} {w} {w} {w}.',
    ],
    said: 'قال أكد صرح أوضح',
    places: 'باكو تبليسي أنقرة أستانا طشقند موسكو بكين',
    orgs: 'البنك_الدولي المفوضية_الأوروبية لجنة_الجمارك',
    months: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    direct: '{said} {speaker}: «{quote}»',
    reported: '{said} {speaker} إن {quote}',
    space: ' ',
    stop: '.',
  },
};

/** Vocabulary size per language: real words first, a synthetic middle, rare real words at the tail. */
const VOCABULARY = 4000;

type Part = { literal: string } | { slot: 'w' | 'W' | 'said' | 'place' | 'org' | 'month' | 'num' | 'year' };

class LanguageModel {
  readonly words: string[];
  private readonly zipf: Zipf;
  private readonly templates: Part[][];
  private readonly said: string[];
  private readonly places: string[];
  private readonly orgs: string[];
  private readonly months: string[];
  private readonly direct: Part[];
  private readonly reported: Part[];
  readonly saidWords: string[];

  constructor(
    readonly lang: Lang,
    private readonly spec: LanguageSpec,
    random: Random,
  ) {
    const common = split(spec.common);
    const rare = split(spec.rare);
    const seen = new Set([...common, ...rare]);
    const synthetic: string[] = [];
    const size = VOCABULARY - common.length - rare.length;
    for (let guard = 0; synthetic.length < size && guard < size * 50; guard++) {
      const word = this.syntheticWord(random);
      if (word.length < 2 || seen.has(word)) continue;
      seen.add(word);
      synthetic.push(word);
    }
    this.words = [...common, ...synthetic, ...rare];
    this.zipf = new Zipf(this.words.length, 1.0);
    this.templates = spec.templates.map(parseTemplate);
    this.said = split(spec.said);
    this.saidWords = this.said;
    this.places = split(spec.places);
    this.orgs = split(spec.orgs);
    this.months = split(spec.months);
    this.direct = parseTemplate(spec.direct);
    this.reported = parseTemplate(spec.reported);
  }

  private syntheticWord(random: Random): string {
    if (this.lang === 'zh') {
      // One to three characters from the common block of CJK ideographs (U+4E00–U+7FFF), mostly two.
      const length = random.chance(0.7) ? 2 : random.chance(0.5) ? 1 : 3;
      let word = '';
      for (let i = 0; i < length; i++) word += String.fromCharCode(0x4e00 + random.int(0, 0x31ff));
      return word;
    }
    const onsets = split(this.spec.onsets);
    const vowels = split(this.spec.vowels);
    const codas = split(this.spec.codas);
    const suffixes = split(this.spec.suffixes);
    let word = this.lang === 'ar' && random.chance(0.3) ? 'ال' : '';
    const syllables = random.chance(0.2) ? 3 : random.int(1, 2);
    for (let i = 0; i < syllables; i++) word += random.pick(onsets) + random.pick(vowels).trim() + random.pick(codas).trim();
    return (word + random.pick(suffixes).trim()).replaceAll(' ', '');
  }

  word(random: Random): string {
    return this.words[this.zipf.draw(random)]!;
  }

  private render(parts: Part[], random: Random, extra?: Record<string, string>): string {
    let out = '';
    for (const part of parts) {
      if ('literal' in part) {
        out += part.literal;
        continue;
      }
      switch (part.slot) {
        case 'w':
          out += this.word(random);
          break;
        case 'W':
          out += capitalise(this.word(random), this.lang);
          break;
        case 'said':
          out += extra?.said ?? random.pick(this.said);
          break;
        case 'place':
          out += random.pick(this.places);
          break;
        case 'org':
          out += random.pick(this.orgs);
          break;
        case 'month':
          out += random.pick(this.months);
          break;
        case 'num':
          out += String(random.int(2, 95));
          break;
        case 'year':
          out += String(random.int(2023, 2025));
          break;
      }
    }
    return out;
  }

  sentence(random: Random): string {
    // Filler sentences (the last templates) are the most frequent, so that vocabulary dominates the templates' words.
    const n = this.templates.length;
    const index = random.chance(0.55) ? n - 1 - random.int(0, 1) : random.int(0, n - 1);
    return this.render(this.templates[index]!, random);
  }

  /** A title: a few words, capitalised. */
  title(random: Random): string {
    const length = random.int(5, 11);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(this.word(random));
    words[0] = capitalise(words[0]!, this.lang);
    return words.join(this.spec.space);
  }

  /** Text of `min`–`max` characters made of whole sentences, cut at a word when it runs over. */
  passage(random: Random, min: number, max: number): string {
    let text = '';
    while (text.length < min) text += (text === '' ? '' : this.spec.space) + this.sentence(random);
    if (text.length <= max) return text;
    const cut = this.spec.space === '' ? max : text.lastIndexOf(' ', max);
    return text.slice(0, cut > min ? cut : max);
  }

  /** The sentence that carries a statement, with where the quotation sits in it. */
  attribution(random: Random, speaker: string, quote: string, kind: 'direct' | 'reported'): { sentence: string; start: number; cue: string } {
    const cue = random.pick(this.said);
    const marker = '\u0000';
    const parts = kind === 'direct' ? this.direct : this.reported;
    // Render slots, then put the speaker and quote in: templates hold {speaker} and {quote} as literals.
    const rendered = this.render(parts, random, { said: cue }).replace('{speaker}', speaker).replace('{quote}', marker);
    const start = rendered.indexOf(marker);
    return { sentence: rendered.replace(marker, quote), start, cue };
  }

  get space(): string {
    return this.spec.space;
  }
}

function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  const re = /\{(w|W|said|place|org|month|num|year)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push({ literal: template.slice(last, m.index) });
    parts.push({ slot: m[1] as 'w' });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ literal: template.slice(last) });
  return parts;
}

function capitalise(word: string, lang: Lang): string {
  if (lang === 'zh' || lang === 'ar') return word;
  return word.charAt(0).toLocaleUpperCase(lang === 'az' || lang === 'tr' ? 'tr' : 'en') + word.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------------
// The registry: officials, outlets, topics, tags

/** Given names and surnames in English, Azerbaijani and Russian spelling. */
const GIVEN: ReadonlyArray<readonly [string, string, string, boolean]> = [
  ['Hikmet', 'Hikmət', 'Хикмет', false],
  ['Ilham', 'İlham', 'Ильхам', false],
  ['Elmar', 'Elmar', 'Эльмар', false],
  ['Jeyhun', 'Ceyhun', 'Джейхун', false],
  ['Mukhtar', 'Muxtar', 'Мухтар', false],
  ['Ali', 'Əli', 'Али', false],
  ['Samir', 'Samir', 'Самир', false],
  ['Rashad', 'Rəşad', 'Рашад', false],
  ['Farid', 'Fərid', 'Фарид', false],
  ['Anar', 'Anar', 'Анар', false],
  ['Elnur', 'Elnur', 'Эльнур', false],
  ['Vugar', 'Vüqar', 'Вугар', false],
  ['Shahin', 'Şahin', 'Шахин', false],
  ['Kamran', 'Kamran', 'Камран', false],
  ['Nizami', 'Nizami', 'Низами', false],
  ['Mikayil', 'Mikayıl', 'Микаил', false],
  ['Tural', 'Tural', 'Турал', false],
  ['Orkhan', 'Orxan', 'Орхан', false],
  ['Zaur', 'Zaur', 'Заур', false],
  ['Parviz', 'Pərviz', 'Парвиз', false],
  ['Leyla', 'Leyla', 'Лейла', true],
  ['Aygun', 'Aygün', 'Айгюн', true],
  ['Gunel', 'Günel', 'Гюнель', true],
  ['Sevinj', 'Sevinc', 'Севиндж', true],
  ['Nargiz', 'Nərgiz', 'Наргиз', true],
];

const SURNAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['Hajiyev', 'Hacıyev', 'Гаджиев'],
  ['Aliyev', 'Əliyev', 'Алиев'],
  ['Mammadov', 'Məmmədov', 'Мамедов'],
  ['Huseynov', 'Hüseynov', 'Гусейнов'],
  ['Bayramov', 'Bayramov', 'Байрамов'],
  ['Jabbarov', 'Cabbarov', 'Джаббаров'],
  ['Babayev', 'Babayev', 'Бабаев'],
  ['Hasanov', 'Həsənov', 'Гасанов'],
  ['Guliyev', 'Quliyev', 'Кулиев'],
  ['Ismayilov', 'İsmayılov', 'Исмаилов'],
  ['Rahimov', 'Rəhimov', 'Рагимов'],
  ['Abbasov', 'Abbasov', 'Аббасов'],
  ['Gasimov', 'Qasımov', 'Касымов'],
  ['Nasirov', 'Nəsirov', 'Насиров'],
  ['Karimov', 'Kərimov', 'Керимов'],
  ['Sultanov', 'Sultanov', 'Султанов'],
  ['Jafarov', 'Cəfərov', 'Джафаров'],
  ['Shukurov', 'Şükürov', 'Шукюров'],
  ['Valiyev', 'Vəliyev', 'Велиев'],
  ['Orujov', 'Orucov', 'Оруджев'],
  ['Gurbanov', 'Qurbanov', 'Курбанов'],
];

/** Officials from abroad, with their names as the Chinese and Arabic press write them where it matters. */
const FOREIGN: ReadonlyArray<{ en: string; az: string; ru: string; zh?: string; ar?: string }> = [
  { en: 'Sergey Lavrov', az: 'Sergey Lavrov', ru: 'Сергей Лавров' },
  { en: 'Hakan Fidan', az: 'Hakan Fidan', ru: 'Хакан Фидан' },
  { en: 'Wang Yi', az: 'Van Yi', ru: 'Ван И', zh: '王毅' },
  { en: 'Murat Nurtleu', az: 'Murat Nurtleu', ru: 'Мурат Нуртлеу' },
  { en: 'Ararat Mirzoyan', az: 'Ararat Mirzoyan', ru: 'Арарат Мирзоян' },
  { en: 'Abbas Araghchi', az: 'Abbas Əraqçi', ru: 'Аббас Аракчи', ar: 'عباس عراقجي' },
  { en: 'Faisal bin Farhan', az: 'Feysəl bin Fərhan', ru: 'Фейсал бин Фархан', ar: 'فيصل بن فرحان' },
  { en: 'Kaja Kallas', az: 'Kaya Kallas', ru: 'Кая Каллас' },
];

export interface OfficialSpec {
  id: string;
  names: Record<Lang, string>;
}

function officialSpecs(count: number): Array<Omit<OfficialSpec, 'id'>> {
  const specs: Array<Omit<OfficialSpec, 'id'>> = [];
  for (const f of FOREIGN) specs.push({ names: { en: f.en, tr: f.az, az: f.az, ru: f.ru, zh: f.zh ?? f.en, ar: f.ar ?? f.en } });
  // Given names and surnames paired off deterministically; Hikmet Hajiyev is moved to the front below.
  const seen = new Set<string>();
  for (let i = 0; specs.length < count && i < GIVEN.length * SURNAMES.length * 4; i++) {
    const g = GIVEN[i % GIVEN.length]!;
    const s = SURNAMES[(i * 7 + Math.floor(i / GIVEN.length)) % SURNAMES.length]!;
    const key = `${g[0]} ${s[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Women's surnames take -a in every spelling (Hajiyeva, Hacıyeva, Гаджиева).
    const en = `${g[0]} ${s[0]}${g[3] ? 'a' : ''}`;
    const az = `${g[1]} ${s[1]}${g[3] ? 'a' : ''}`;
    const ru = `${g[2]} ${s[2]}${g[3] ? 'а' : ''}`;
    specs.push({ names: { en, az, tr: az, ru, zh: en, ar: en } });
  }
  // The first local official is Hikmet Hajiyev; make him one of the most quoted by moving him to the front.
  const hikmet = specs.findIndex((s) => s.names.en === 'Hikmet Hajiyev');
  if (hikmet > 0) specs.unshift(...specs.splice(hikmet, 1));
  return specs.slice(0, count);
}

const OUTLETS: Record<Lang, string[]> = {
  en: [
    'Caspian Wire', 'Steppe Herald', 'Daily Ledger', 'Silk Road Times', 'Baku Observer', 'Global Transit Monitor',
    'Energy Intelligence Brief', 'Corridor Post', 'Black Sea Courier', 'Eurasia Desk', 'Caucasus Review',
    'Trans-Caspian Journal', 'Port & Rail Weekly', 'Diplomatic Dispatch', 'Regional Economist', 'Highland Chronicle',
    'Morning Compass', 'Frontier Gazette', 'Capital Report', 'Open Markets Daily',
  ],
  ru: ['Каспийский вестник', 'Новости Баку', 'Евразия сегодня', 'Деловой Кавказ', 'Транзит-Инфо', 'Энергетический обзор', 'Вечерний курьер', 'Северный экспресс', 'Региональная газета', 'Политика и экономика'],
  az: ['Xəbər Mərkəzi', 'Bakı Səhəri', 'Şərq Qapısı', 'Günün Sözü'],
  tr: ['Hazar Haber', 'Anadolu Günlüğü', 'Köprü Gazetesi'],
  zh: ['丝路日报', '欧亚新闻网'],
  ar: ['صحيفة القوقاز'],
};

const TOPIC_TREE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Connectivity', ['Middle Corridor', 'Rail freight', 'Ports and shipping', 'Aviation']],
  ['Energy', ['Oil', 'Natural gas', 'Renewables', 'Pipelines']],
  ['Diplomacy', ['Peace process', 'Bilateral visits', 'Multilateral forums', 'Sanctions']],
  ['Economy', ['Trade', 'Investment', 'Banking', 'Agriculture']],
  ['Security', ['Border security', 'Defence', 'Cybersecurity', 'Demining']],
  ['Society', ['Education', 'Health', 'Culture', 'Environment']],
];

const TAGS = [
  'urgent', 'follow-up', 'for report', 'quote of the week', 'disputed', 'exclusive', 'interview', 'op-ed', 'briefing',
  'press release', 'translation needed', 'checked', 'archive', 'client A', 'client B', 'weekly digest', 'monthly digest',
  'social media', 'background', 'correction',
];

// ---------------------------------------------------------------------------------------------------------------------
// The generator

export interface GenerateOptions {
  articles: number;
  statements: number;
  seed?: number;
  officials?: number;
  /** Articles per transaction. */
  batch?: number;
  /** Called after each transaction with the articles written so far. */
  onProgress?: (articles: number) => void;
}

export interface GeneratedCounts {
  articles: number;
  statements: number;
  officials: number;
  aliases: number;
  outlets: number;
  topics: number;
  tags: number;
  articleTopics: number;
  statementTopics: number;
  articleTags: number;
  statementTags: number;
  /** Characters of article text (titles and bodies). */
  textChars: number;
  byLanguage: Record<Lang, number>;
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SPAN = Date.UTC(2026, 0, 1) - START;

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const TONES = weighted<'positive' | 'neutral' | 'negative'>([
  ['neutral', 50],
  ['positive', 25],
  ['negative', 25],
]);

const TONE_SCORE = { positive: 0.6, neutral: 0, negative: -0.6 } as const;

const DOMAIN = (name: string, index: number) => {
  const ascii = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${ascii || `outlet-${index}`}.example`;
};

/** Fills an empty, migrated library (`openLibrary`) with generated clips; the search index is left for the caller. */
export function generateLibrary(db: Database, options: GenerateOptions): GeneratedCounts {
  const random = new Random(options.seed ?? 20240601);
  const batch = options.batch ?? 2000;
  const models = Object.fromEntries((Object.keys(SPECS) as Lang[]).map((lang) => [lang, new LanguageModel(lang, SPECS[lang], random)])) as Record<Lang, LanguageModel>;
  const pickLanguage = weighted(LANGUAGE_MIX);

  // The registry, through the stores.
  const officialStore = new OfficialStore(db);
  const officials: OfficialSpec[] = [];
  let aliases = 0;
  db.transaction(() => {
    for (const spec of officialSpecs(options.officials ?? 150)) {
      const id = randomUUID();
      const canonical = spec.names.en;
      officialStore.create({ id, canonicalName: canonical, status: 'accepted', country: 'AZ' }, { folded: foldName(canonical), skeleton: nameSkeleton(canonical) });
      for (const alias of new Set(Object.values(spec.names))) {
        if (alias === canonical) continue;
        officialStore.addAlias(id, alias, { folded: foldName(alias), skeleton: nameSkeleton(alias) });
      }
      officials.push({ id, names: spec.names });
    }
    aliases = db.prepare<[], number>('SELECT count(*) FROM official_aliases').pluck().get() ?? 0;
  })();
  // Hikmet Hajiyev third most quoted; a long tail of rarely quoted officials.
  const officialRank = new Zipf(officials.length, 0.8);
  const officialOrder = officials.map((_, i) => i);
  if (officialOrder.length > 3) [officialOrder[0], officialOrder[2]] = [officialOrder[2]!, officialOrder[0]!];

  const outletStore = new OutletStore(db);
  const outlets = {} as Record<Lang, Array<{ id: number; name: string; domain: string }>>;
  let outletCount = 0;
  db.transaction(() => {
    for (const lang of Object.keys(OUTLETS) as Lang[]) {
      outlets[lang] = OUTLETS[lang].map((name) => {
        const id = outletStore.ensure(name);
        const domain = DOMAIN(name, outletCount++);
        db.prepare('UPDATE outlets SET language = ?, domain = coalesce(domain, ?), country = ? WHERE id = ?').run(lang, domain, lang === 'en' ? null : lang.toUpperCase(), id);
        return { id, name, domain };
      });
    }
  })();
  const outletZipf = Object.fromEntries((Object.keys(OUTLETS) as Lang[]).map((lang) => [lang, new Zipf(OUTLETS[lang].length, 0.7)])) as Record<Lang, Zipf>;

  const topicStore = new TopicStore(db);
  const topicIds: string[] = [];
  db.transaction(() => {
    for (const [root, children] of TOPIC_TREE) {
      const rootId = randomUUID();
      topicStore.create({ id: rootId, parentId: null, name: root, rule: null });
      topicIds.push(rootId);
      for (const child of children) {
        const id = randomUUID();
        topicStore.create({ id, parentId: rootId, name: child, rule: null });
        topicIds.push(id);
      }
    }
  })();
  const topicZipf = new Zipf(topicIds.length, 0.6);

  const tagStore = new TagStore(db);
  const tagIds = TAGS.map((name, i) => tagStore.create(randomUUID(), name, `#${((i * 0x2f5a7b) & 0xffffff).toString(16).padStart(6, '0')}`).id);
  const tagZipf = new Zipf(tagIds.length, 1);

  // Bulk rows, with prepared statements.
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, url, canonical_url, url_key, outlet_id, title, title_provisional, byline, published_at, clipped_at,
       updated_at, language, text, source_kind, source_name, content_hash, dir, tone, tone_suggested, tone_score)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStatement = db.prepare(
    `INSERT INTO statements (id, article_id, start_offset, end_offset, text, kind, speaker_mention, speaker_name, official_id, cue,
       confidence, status, origin, created_at, updated_at, tone, tone_suggested, tone_score)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'machine', ?, ?, ?, ?, ?)`,
  );
  const insertArticleTopic = db.prepare('INSERT OR IGNORE INTO article_topics (article_id, topic_id, origin, status, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertStatementTopic = db.prepare('INSERT OR IGNORE INTO statement_topics (statement_id, topic_id, origin, status, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertArticleTag = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const insertStatementTag = db.prepare('INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) VALUES (?, ?)');

  const counts: GeneratedCounts = {
    articles: 0,
    statements: 0,
    officials: officials.length,
    aliases,
    outlets: outletCount,
    topics: topicIds.length,
    tags: tagIds.length,
    articleTopics: 0,
    statementTopics: 0,
    articleTags: 0,
    statementTags: 0,
    textChars: 0,
    byLanguage: { en: 0, ru: 0, az: 0, tr: 0, zh: 0, ar: 0 },
  };

  const writeArticle = (n: number): void => {
    const lang = pickLanguage(random);
    const model = models[lang];
    const outlet = outlets[lang][outletZipf[lang].draw(random)]!;
    // Roughly in date order (a library grows as news comes in), with a month of jitter.
    const published = Math.min(START + SPAN - 60_000, Math.max(START, START + (n / options.articles) * SPAN + (random.next() - 0.5) * 30 * DAY));
    const publishedAt = iso(Math.floor(published / 60_000) * 60_000);
    const clippedAt = iso(published + random.int(1, 72) * 3_600_000);
    const id = randomUUID();

    // Statements for this article: the total comes out at exactly options.statements.
    const statementCount = Math.floor(((n + 1) * options.statements) / options.articles) - Math.floor((n * options.statements) / options.articles);
    const targetLength = random.int(1500, 4000);
    const sep = '\n\n';
    let text = '';
    const placed: Array<{ start: number; end: number; quote: string; kind: 'direct' | 'reported'; speaker: string; official: string; cue: string }> = [];
    let remaining = statementCount;
    // Paragraphs of two to five sentences; a statement follows a paragraph while there are some left to place.
    while (text.length < targetLength || remaining > 0) {
      if (text === '' || text.length < targetLength) {
        const sentences = random.int(2, 5);
        let paragraph = '';
        for (let i = 0; i < sentences; i++) paragraph += (i === 0 ? '' : model.space) + model.sentence(random);
        text += (text === '' ? '' : sep) + paragraph;
      }
      const room = Math.max(1, Math.ceil((targetLength - text.length) / 600));
      if (remaining > 0 && (text.length >= targetLength || random.next() < remaining / room)) {
        const official = officials[officialOrder[officialRank.draw(random)]!]!;
        const speaker = official.names[lang];
        const kind = random.chance(0.6) ? 'direct' : 'reported';
        const quote = model.passage(random, random.int(80, 300), 400);
        const at = model.attribution(random, speaker, quote, kind);
        const start = text.length + model.space.length + at.start;
        text += model.space + at.sentence;
        placed.push({ start, end: start + quote.length, quote, kind, speaker, official: official.id, cue: at.cue });
        remaining -= 1;
      }
    }
    const title = model.title(random);
    const tone = TONES(random);
    insertArticle.run(
      id,
      `https://${outlet.domain}/news/${n + 1}`,
      `https://${outlet.domain}/news/${n + 1}`,
      `${outlet.domain}/news/${n + 1}`,
      outlet.id,
      title,
      random.chance(0.4) ? `${model.word(random)} ${model.word(random)}` : null,
      publishedAt,
      clippedAt,
      clippedAt,
      lang,
      text,
      random.chance(0.7) ? 'url' : 'feed',
      outlet.name,
      // The hash Verbatim itself stores, so that opening a clip does not report its text as changed outside it.
      contentHash(text),
      lang === 'ar' ? 'rtl' : 'ltr',
      random.chance(0.05) ? tone : null,
      tone,
      TONE_SCORE[tone] + (random.next() - 0.5) * 0.3,
    );
    counts.articles += 1;
    counts.byLanguage[lang] += 1;
    counts.textChars += title.length + text.length;

    const articleTopics = new Set<string>();
    const topicCount = random.int(1, 3);
    for (let i = 0; i < topicCount; i++) articleTopics.add(topicIds[topicZipf.draw(random)]!);
    for (const topic of articleTopics) {
      const person = random.chance(0.15);
      insertArticleTopic.run(id, topic, person ? 'person' : 'rule', person ? 'confirmed' : random.chance(0.02) ? 'removed' : 'suggested', clippedAt);
      counts.articleTopics += 1;
    }
    if (random.chance(0.1)) {
      insertArticleTag.run(id, tagIds[tagZipf.draw(random)]!);
      counts.articleTags += 1;
    }
    const inherited = [...articleTopics];

    for (const s of placed) {
      const statementId = randomUUID();
      const sTone = TONES(random);
      const status = random.chance(0.9) ? 'found' : random.chance(0.7) ? 'confirmed' : random.chance(0.5) ? 'corrected' : 'rejected';
      insertStatement.run(
        statementId,
        id,
        s.start,
        s.end,
        s.quote,
        s.kind,
        s.speaker,
        s.speaker,
        s.official,
        s.cue,
        0.6 + random.next() * 0.4,
        status,
        clippedAt,
        clippedAt,
        random.chance(0.03) ? sTone : null,
        sTone,
        TONE_SCORE[sTone] + (random.next() - 0.5) * 0.3,
      );
      counts.statements += 1;
      // Most statements share a topic of their article; some have one of their own, some none.
      const topics = new Set<string>();
      if (random.chance(0.7)) topics.add(random.pick(inherited));
      if (random.chance(0.3)) topics.add(topicIds[topicZipf.draw(random)]!);
      for (const topic of topics) {
        insertStatementTopic.run(statementId, topic, 'rule', 'suggested', clippedAt);
        counts.statementTopics += 1;
      }
      if (random.chance(0.05)) {
        insertStatementTag.run(statementId, tagIds[tagZipf.draw(random)]!);
        counts.statementTags += 1;
      }
    }
  };

  const writeBatch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) writeArticle(n);
  });
  for (let from = 0; from < options.articles; from += batch) {
    writeBatch(from, Math.min(options.articles, from + batch));
    options.onProgress?.(Math.min(options.articles, from + batch));
  }
  return counts;
}
