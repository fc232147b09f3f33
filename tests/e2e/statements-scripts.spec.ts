// Statements in Chinese, Arabic, Azerbaijani, Turkish and Russian through the UI (quotations and reported speech):
// found on paste with their speakers, counted in the reader's grammar ("1 statement"), and listed in the Statements
// explorer.
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere } from '../helpers/flow';

const TEXTS = [
  { text: '外交部例行记者会\n\n外交部发言人林海4日在例行记者会上表示：“中方愿同各方加强沟通与合作。”', quote: '中方愿同各方加强沟通与合作', speaker: '林海' },
  { text: 'الحكومة تعلن خطتها\n\nوقالت المتحدثة باسم الحكومة سارة الخطيب: «سنواصل العمل من أجل السلام».', quote: 'سنواصل العمل من أجل السلام', speaker: 'سارة الخطيب' },
  { text: 'Nazir danışıqlar haqqında\n\n“Biz danışıqlara hazırıq”, deyə Xarici İşlər Naziri Ceyhun Bayramov bildirib.', quote: 'Biz danışıqlara hazırıq', speaker: 'Ceyhun Bayramov' },
  { text: 'Bakan Fidan açıklama yaptı\n\nDışişleri Bakanı Hakan Fidan, “Diyaloğa her zaman açığız” diye vurguladı.', quote: 'Diyaloğa her zaman açığız', speaker: 'Hakan Fidan' },
  { text: 'Переговоры продолжатся\n\n«Переговоры идут своим чередом», — сказал министра иностранных дел Азербайджана Джейхуна Байрамова.', quote: 'Переговоры идут своим чередом', speaker: 'Джейхун Байрамов' },
  // Reported speech: the genitive after "По словам" in the nominative, and the speaker between قال and إن.
  { text: 'Добыча газа вырастет\n\nПо словам министра энергетики Азербайджана Парвиза Шахбазова, добыча газа вырастет к концу года.', quote: 'добыча газа вырастет к концу года', speaker: 'Парвиз Шахбазов' },
  { text: 'المفاوضات تستأنف\n\nقال وزير الخارجية العماني خالد الهنائي إن المفاوضات ستستأنف الشهر المقبل.', quote: 'المفاوضات ستستأنف الشهر المقبل', speaker: 'خالد الهنائي' },
];

test('statements in five languages: speakers in the reader, "1 statement", and rows in the explorer', async ({ page, served }) => {
  await page.goto(served.url);
  const reader = page.getByRole('article', { name: 'Reader' });
  for (const { text, quote, speaker } of TEXTS) {
    await pasteAnywhere(page, text);
    const cards = reader.locator('.statement-item');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText(quote);
    await expect(cards.first()).toContainText(speaker);
    await expect(reader.getByText(/(?:^|\s)1 statement(?!s)/).first()).toBeVisible();
    await expect(reader.getByText(/(?:^|\s)1 statements/)).toHaveCount(0);
  }
  await page.getByRole('button', { name: /^Statements/ }).click();
  const rows = page.locator('.st-row');
  for (const { quote, speaker } of TEXTS) await expect(rows.filter({ hasText: quote })).toContainText(speaker);
});
