import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../electron/statements/extract';

const said = (text: string) => extractStatements(text).map((s) => ({ kind: s.kind, speaker: s.speaker, text: s.text, cue: s.cue, speakerKind: s.speakerKind }));

describe('Chinese statements', () => {
  it('reads a quotation after 表示 with the name after the title', () => {
    const [s] = said('外交部发言人林海4日在例行记者会上表示：“中方愿同各方加强沟通。”');
    expect(s).toMatchObject({ kind: 'direct', speaker: '林海', text: '中方愿同各方加强沟通。', cue: '表示', speakerKind: 'person' });
  });
  it('reads 「…」 after 强调 and a speaker before 说 after the quotation', () => {
    expect(said('国家主席张明强调「发展是第一要务」。')[0]).toMatchObject({ speaker: '张明', cue: '强调' });
    expect(said('“合作是唯一正确的选择，”李伟说。')[0]).toMatchObject({ speaker: '李伟', cue: '说' });
  });
  it('reads 据…报道 as a reported statement the outlet only carries: no speaker', () => {
    expect(said('据新华社报道，双方签署了合作协议。')[0]).toMatchObject({ kind: 'reported', speaker: null, text: '双方签署了合作协议', speakerKind: 'unknown' });
  });
  it('finds no statement in quoted words without a cue', () => {
    expect(said('这部名为“长河”的电影于昨日上映。')).toEqual([]);
  });
});

describe('Arabic statements', () => {
  it('reads the verb, the speaker and a colon before «…», feminine and with و', () => {
    expect(said('وقالت المتحدثة باسم الحكومة سارة الخطيب: «سنواصل العمل من أجل السلام».')[0]).toMatchObject({ kind: 'direct', speaker: 'سارة الخطيب', cue: 'قالت', speakerKind: 'person' });
  });
  it('reads the verb and the speaker after a quotation', () => {
    expect(said('"الحوار مستمر بين الطرفين"، أضاف الوزير سامي حداد.')[0]).toMatchObject({ speaker: 'سامي حداد', cue: 'أضاف' });
  });
  it('finds no statement in a quoted name without a cue', () => {
    expect(said('افتتح المعرض تحت شعار «الثقافة للجميع» في العاصمة.')).toEqual([]);
  });
});

describe('Azerbaijani and Turkish statements', () => {
  it('reads Azerbaijani: the speaker before the quotation and dedi after it', () => {
    expect(said('Bayramov, “Sülh prosesi davam edir” dedi.')[0]).toMatchObject({ kind: 'direct', speaker: 'Bayramov', cue: 'dedi', speakerKind: 'person' });
  });
  it('reads Azerbaijani: deyə, the speaker and bildirib after the quotation, titles taken off', () => {
    expect(said('“Biz danışıqlara hazırıq”, deyə Xarici İşlər Naziri Ceyhun Bayramov bildirib.')[0]).toMatchObject({ speaker: 'Ceyhun Bayramov', cue: 'bildirib' });
  });
  it('reads Turkish: a titled speaker, diye and vurguladı', () => {
    expect(said('Dışişleri Bakanı Hakan Fidan, “Diyaloğa her zaman açığız” diye vurguladı.')[0]).toMatchObject({ speaker: 'Hakan Fidan', cue: 'vurguladı' });
  });
  it('finds no statement in a quoted name the verb does not follow', () => {
    expect(said('“Barış Pınarı” operasyonu sürüyor, ordu açıkladı ki yeni bir aşama başladı.').filter((s) => s.text === 'Barış Pınarı')).toEqual([]);
  });
});

describe('Russian speakers', () => {
  it('drops a genitive before a nominative name', () => {
    expect(said('«Мы готовы к переговорам», — заявил министр иностранных дел Азербайджана Джейхун Байрамов.')[0]).toMatchObject({ speaker: 'Джейхун Байрамов', cue: 'заявил' });
  });
  it('brings a genitive name to the nominative', () => {
    expect(said('«Переговоры идут», — сказал министра иностранных дел Азербайджана Джейхуна Байрамова.')[0]?.speaker).toBe('Джейхун Байрамов');
  });
  it('leaves a feminine nominative name as it is', () => {
    expect(said('«Ответ будет», — заявила официальный представитель МИД России Мария Захарова.')[0]?.speaker).toBe('Мария Захарова');
  });
});
