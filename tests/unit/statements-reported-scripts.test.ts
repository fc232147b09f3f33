// Reported speech in Russian, Arabic, Turkish, Azerbaijani and Chinese, anonymous sources and bodies typed as such,
// and outlets' signatures never given as speakers. Every text is written for these tests.
import { describe, expect, it } from 'vitest';
import { signatureTable, withSignatureTable } from '../../electron/clipping/agency-signatures';
import { extractStatements } from '../../electron/statements/extract';

const said = (text: string) => extractStatements(text).map((s) => ({ text: s.text, kind: s.kind, speaker: s.speaker, speakerKind: s.speakerKind, cue: s.cue }));
const only = (text: string) => {
  const found = said(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Russian reported speech', () => {
  it('reads "По словам X, …" with the genitive name brought to the nominative and the title left out', () => {
    expect(only('По словам министра энергетики Азербайджана Парвиза Шахбазова, добыча газа вырастет к концу года.')).toEqual({
      text: 'добыча газа вырастет к концу года', kind: 'reported', speaker: 'Парвиз Шахбазов', speakerKind: 'person', cue: 'по словам',
    });
    expect(only('По словам Ирины Соколовой, выставка откроется в апреле.')).toMatchObject({ speaker: 'Ирина Соколова', speakerKind: 'person' });
  });
  it('reads "Как заявил X, …" with the name free of the words before it', () => {
    expect(only('Как заявил журналистам Геннадий Орлов, поставки зерна возобновятся на следующей неделе.')).toEqual({
      text: 'поставки зерна возобновятся на следующей неделе', kind: 'reported', speaker: 'Геннадий Орлов', speakerKind: 'person', cue: 'заявил',
    });
  });
  it('reads "X заявил, что …" and "X подчеркнула, что …" in the nominative, titles taken off', () => {
    expect(only('Вице-премьер Борис Ковалев заявил, что строительство моста завершат летом.')).toMatchObject({ text: 'строительство моста завершат летом', kind: 'reported', speaker: 'Борис Ковалев', speakerKind: 'person' });
    expect(only('Глава МИД Казахстана Айгерим Нурланова подчеркнула, что граница останется открытой.')).toMatchObject({ speaker: 'Айгерим Нурланова', speakerKind: 'person', cue: 'подчеркнула' });
  });
  it('leaves the one told out of what was said: "X сообщил ТАСС, что …"', () => {
    expect(only('Олег Матвеев сообщил ТАСС, что переговоры пройдут в Ташкенте.')).toMatchObject({ text: 'переговоры пройдут в Ташкенте', speaker: 'Олег Матвеев', speakerKind: 'person' });
  });
  it('reads a quotation with a dash after it, and the same words without marks', () => {
    expect(only('«Цены на топливо останутся прежними», — сказал Виктор Белов.')).toMatchObject({ text: 'Цены на топливо останутся прежними', kind: 'direct', speaker: 'Виктор Белов' });
    expect(only('Цены на топливо останутся прежними, — сказал Виктор Белов.')).toMatchObject({ text: 'Цены на топливо останутся прежними', kind: 'reported', speaker: 'Виктор Белов' });
  });
  it('reads a source told to an outlet as anonymous, its description left out of what was said', () => {
    expect(only('Как рассказал «Вестнику» источник, знакомый с ходом переговоров, контракт подпишут в мае.')).toMatchObject({ text: 'контракт подпишут в мае', speaker: 'источник', speakerKind: 'anonymous' });
    expect(only('Как рассказал РБК Геннадий Орлов, поставки возобновятся в марте.')).toMatchObject({ speaker: 'Геннадий Орлов', speakerKind: 'person' });
  });
  it('types an anonymous source as one, not as the person named before it', () => {
    expect(said('Министр транспорта Илья Громов приехал в Самару. Источник в правительстве сообщил, что решение о тарифах примут до конца недели.').at(-1)).toEqual({
      text: 'решение о тарифах примут до конца недели', kind: 'reported', speaker: 'источник в правительстве', speakerKind: 'anonymous', cue: 'сообщил',
    });
  });
});

describe('Arabic reported speech', () => {
  it('reads "قال X إن …" with the titles and the country adjective taken off', () => {
    expect(only('قال وزير الخارجية العماني خالد الهنائي إن المفاوضات ستستأنف الشهر المقبل.')).toEqual({
      text: 'المفاوضات ستستأنف الشهر المقبل', kind: 'reported', speaker: 'خالد الهنائي', speakerKind: 'person', cue: 'قال',
    });
  });
  it('carries the speaker of the sentence before to "وأضاف أن …"', () => {
    const found = said('أكد رئيس الوزراء عبد الرحيم الزعبي أن الحكومة ستدعم المزارعين. وأضاف أن الدعم سيصل قبل موسم الحصاد.');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ text: 'الحكومة ستدعم المزارعين', speaker: 'عبد الرحيم الزعبي', cue: 'أكد', kind: 'reported' });
    expect(found[1]).toMatchObject({ text: 'الدعم سيصل قبل موسم الحصاد', speaker: 'عبد الرحيم الزعبي', cue: 'أضاف', kind: 'reported', speakerKind: 'person' });
  });
  it('reads "صرح X بأن …" and types an anonymous source', () => {
    expect(only('صرح المتحدث باسم الوزارة كريم النجار بأن الامتحانات ستجرى في موعدها.')).toMatchObject({ text: 'الامتحانات ستجرى في موعدها', speaker: 'كريم النجار', cue: 'صرح' });
    expect(only('وقال مصدر دبلوماسي إن اللقاء تأجل إلى موعد لاحق.')).toMatchObject({ text: 'اللقاء تأجل إلى موعد لاحق', speaker: 'مصدر دبلوماسي', speakerKind: 'anonymous' });
  });
  it('reads "وفقا لـ X" and "بحسب X" before or after what was said', () => {
    expect(only('وفقا لوزارة الصحة، انخفض عدد الإصابات خلال الأسبوع الماضي.')).toMatchObject({ text: 'انخفض عدد الإصابات خلال الأسبوع الماضي', speaker: 'وزارة الصحة', speakerKind: 'institution', kind: 'reported' });
    expect(only('بحسب المحافظ سامر القاسم، فإن الطريق سيفتح أمام السيارات غدا.')).toMatchObject({ text: 'الطريق سيفتح أمام السيارات غدا', speaker: 'سامر القاسم' });
  });
  it('finds no speaker in "وفقا للقانون" or "حسب التوقيت المحلي": a law and a local time do not speak', () => {
    expect(said('وفقا للقانون، يحق لكل مواطن أن يقدم شكوى.')).toEqual([]);
    expect(said('يبدأ العرض في التاسعة مساء، حسب التوقيت المحلي.')).toEqual([]);
  });
  it('reads the outlet told in marks ("لـ«…»") as neither a quotation nor the speaker', () => {
    expect(only('وقال الهنائي لـ«صوت الخليج» إن الميناء سيفتح قريبا.')).toMatchObject({ text: 'الميناء سيفتح قريبا', speaker: 'الهنائي', kind: 'reported' });
    expect(only('قال الوزير خالد الهنائي لـ«صوت الخليج»: «الميناء سيفتح قريبا».')).toMatchObject({ text: 'الميناء سيفتح قريبا', speaker: 'خالد الهنائي', kind: 'direct' });
  });
  it('gives an agency that only carries the news no speaker', () => {
    expect(only('تأجل افتتاح المعرض إلى الربيع، بحسب وكالة الأنباء الرسمية.')).toMatchObject({ text: 'تأجل افتتاح المعرض إلى الربيع', speaker: null, speakerKind: 'unknown' });
  });
});

describe('Turkish reported speech', () => {
  it('reads "X, … olduğunu söyledi" with the titles taken off', () => {
    expect(only('Ticaret Bakanı Selin Aydemir, ihracatın bu yıl rekor kıracağını söyledi.')).toEqual({
      text: 'ihracatın bu yıl rekor kıracağını', kind: 'reported', speaker: 'Selin Aydemir', speakerKind: 'person', cue: 'söyledi',
    });
  });
  it('reads belirtti and açıkladı, and a ministry as an institution', () => {
    expect(only('Murat Kaya, yeni havalimanının yaz aylarında açılacağını belirtti.')).toMatchObject({ speaker: 'Murat Kaya', cue: 'belirtti' });
    expect(only('Sağlık Bakanlığı, aşı kampanyasının genişletildiğini açıkladı.')).toMatchObject({ text: 'aşı kampanyasının genişletildiğini', speaker: 'Sağlık Bakanlığı', speakerKind: 'institution' });
  });
  it('reads the speaker after a participle that says whom they spoke to, not the agency', () => {
    expect(only('AA muhabirine açıklama yapan Ulaştırma Bakanı Cem Arslan, köprünün haziranda açılacağını söyledi.')).toMatchObject({ text: 'köprünün haziranda açılacağını', speaker: 'Cem Arslan', speakerKind: 'person' });
  });
  it("reads \"X'e göre …\" as X's statement", () => {
    expect(only("Kaya'ya göre tren seferleri haftaya yeniden başlayacak.")).toMatchObject({ text: 'tren seferleri haftaya yeniden başlayacak', speaker: 'Kaya', kind: 'reported', cue: 'göre' });
  });
  it('reads "… dedi." with the speaker before the words', () => {
    expect(only('Aydemir, fiyatlar önümüzdeki ay düşecek, dedi.')).toMatchObject({ text: 'fiyatlar önümüzdeki ay düşecek', speaker: 'Aydemir', kind: 'reported', cue: 'dedi' });
  });
  it('finds no statement when the verb takes no clause of speech', () => {
    expect(said('Ankara, yeni stadyumu gelecek yıl açtı.')).toEqual([]);
  });
});

describe('Azerbaijani reported speech', () => {
  it('reads "X … olduğunu bildirib" without a comma', () => {
    expect(only('Rəşad Məmmədov yeni körpünün tikintisinin başa çatdığını bildirib.')).toEqual({
      text: 'yeni körpünün tikintisinin başa çatdığını', kind: 'reported', speaker: 'Rəşad Məmmədov', speakerKind: 'person', cue: 'bildirib',
    });
  });
  it('keeps a genitive that opens what was said out of the name', () => {
    expect(only('Prezident Köməkçisi Rəşad Məmmədov Bakının yeni metro stansiyası alacağını bildirib.')).toMatchObject({ text: 'Bakının yeni metro stansiyası alacağını', speaker: 'Rəşad Məmmədov' });
  });
  it('reads qeyd edib with a title taken off', () => {
    expect(only('Nazir Məmmədov məktəblərin sentyabrda açılacağını qeyd edib.')).toMatchObject({ text: 'məktəblərin sentyabrda açılacağını', speaker: 'Məmmədov', cue: 'qeyd edib' });
  });
  it('reads vurğulayıb and a ministry as an institution', () => {
    expect(only('Kənd Təsərrüfatı Nazirliyi məhsuldarlığın artdığını vurğulayıb.')).toMatchObject({ speaker: 'Kənd Təsərrüfatı Nazirliyi', speakerKind: 'institution', cue: 'vurğulayıb' });
  });
  it('reads "X bildirib ki, …" with the words after "ki" as what was said', () => {
    expect(only('Bu barədə Nəqliyyat Naziri Rəşad Məmmədov jurnalistlərə bildirib ki, yeni qatar xətti payızda işə düşəcək.')).toEqual({
      text: 'yeni qatar xətti payızda işə düşəcək', kind: 'reported', speaker: 'Rəşad Məmmədov', speakerKind: 'person', cue: 'bildirib',
    });
  });
  it('reads "X-in sözlərinə görə, …"', () => {
    expect(only('Məmmədovun sözlərinə görə, qatar qrafiki dəyişməyəcək.')).toMatchObject({ text: 'qatar qrafiki dəyişməyəcək', speaker: 'Məmmədov', kind: 'reported' });
  });
});

describe('Chinese anonymous sources and institutions', () => {
  it('types 据消息人士称 as an anonymous source', () => {
    expect(only('据消息人士称，两国将于下月恢复直航。')).toEqual({ text: '两国将于下月恢复直航', kind: 'reported', speaker: '消息人士', speakerKind: 'anonymous', cue: '据…称' });
  });
  it('reads 知情人士说 and 一位不愿透露姓名的官员表示 as anonymous sources', () => {
    expect(only('知情人士说，该项目预计年底前完工。')).toMatchObject({ text: '该项目预计年底前完工', speaker: '知情人士', speakerKind: 'anonymous', cue: '说' });
    expect(only('一位不愿透露姓名的官员表示，新规将于明年实施。')).toMatchObject({ text: '新规将于明年实施', speaker: '一位不愿透露姓名的官员', speakerKind: 'anonymous' });
  });
  it('types 外交部 and 国务院 as institutions, quoted or not', () => {
    expect(only('外交部表示，中方愿与邻国加强交流。')).toMatchObject({ text: '中方愿与邻国加强交流', speaker: '外交部', speakerKind: 'institution', kind: 'reported' });
    expect(only('国务院强调：“必须保障粮食安全。”')).toMatchObject({ text: '必须保障粮食安全。', speaker: '国务院', speakerKind: 'institution', kind: 'direct' });
  });
  it('types 新华社 as an institution when it speaks for itself, and as no speaker when it only reports', () => {
    expect(only('新华社评论员文章指出，科技创新是发展的关键。')).toMatchObject({ speaker: '新华社', speakerKind: 'institution' });
    expect(only('据新华社报道，新线路将于周五开通。')).toMatchObject({ speaker: null, speakerKind: 'unknown' });
  });
  it('reads a titled name before 表示 without quotation marks', () => {
    expect(only('商务部发言人周倩12日表示，双方贸易额继续增长。')).toMatchObject({ text: '双方贸易额继续增长', speaker: '周倩', speakerKind: 'person' });
  });
});

describe('outlet signatures are never speakers', () => {
  it('gives "…, AA reported" and "…, Trend reported" no speaker', () => {
    expect(only('The new terminal will open in May, AA reported.')).toMatchObject({ text: 'The new terminal will open in May', speaker: null, speakerKind: 'unknown' });
    expect(only('Ferry traffic resumed on Monday, Trend reported.')).toMatchObject({ speaker: null });
  });
  it('keeps the person an outlet quotes', () => {
    expect(only('Grain exports will rise this year, TASS quoted Pavel Sidorov as saying.')).toMatchObject({ text: 'Grain exports will rise this year', speaker: 'Pavel Sidorov', speakerKind: 'person' });
    expect(only('Leyla Hasanova told APA that the bridge would reopen in June.')).toMatchObject({ speaker: 'Leyla Hasanova' });
    expect(only('«Мост откроют в июне», — сказал Игорь Лапин ТАСС.')).toMatchObject({ speaker: 'Игорь Лапин', speakerKind: 'person' });
    expect(only('«Мост откроют в июне», — заявил Игорь Лапин в интервью ТАСС.')).toMatchObject({ speaker: 'Игорь Лапин' });
  });
  it('gives "Как сообщил ТАСС, …" and "AA\'ya göre" no speaker, and keeps a person whose surname is also a signature', () => {
    expect(only('Как сообщил ТАСС, делегация прибыла в Минск утром.')).toMatchObject({ text: 'делегация прибыла в Минск утром', speaker: null });
    expect(only("AA'ya göre toplantı yarın yapılacak.")).toMatchObject({ speaker: null });
    expect(only('Mehmet Turan said the port would reopen next week.')).toMatchObject({ speaker: 'Mehmet Turan' });
  });
  it("reads the library's own signatures as outlets too", () => {
    const text = 'The ferry schedule will change in spring, Xazar Xeber reported.';
    expect(only(text).speaker).toBe('Xazar Xeber');
    const own = [{ outlet: 'Xazar Xeber', signatures: ['Xazar Xeber', 'Xazar'], country: 'Azerbaijan', language: null }];
    expect(withSignatureTable(own, () => extractStatements(text)).map((s) => s.speaker)).toEqual([null]);
    // The table given with the options, as a caller outside an extraction passes it.
    expect(extractStatements(text, { signatures: signatureTable(own) }).map((s) => s.speaker)).toEqual([null]);
  });
  it("gives the article's own outlet no statement of its own in another script", () => {
    const text = "Kuzey Postası'na göre liman haftaya yeniden açılacak.";
    expect(only(text).speaker).toBe('Kuzey Postası');
    expect(extractStatements(text, { outlet: 'Kuzey Postası' }).map((s) => [s.text, s.speaker])).toEqual([['liman haftaya yeniden açılacak', null]]);
  });
});
