// Folding names so that one official is found under every spelling: case and diacritics (Hikmət = Hikmet), the
// Azerbaijani and Turkish letters (ı, ə, ş, ç, ğ, and c as in Hacıyev), and Cyrillic written for the same name
// (Хикмет Гаджиев). The "skeleton" keeps a name's consonants after transliteration, so that Gadzhiev, Hajiyev and
// Hacıyev meet.

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ұ: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'e', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** Azerbaijani and Turkish letters, read as English spelling would write them. */
const TURKIC: Record<string, string> = { ə: 'e', ı: 'i', ş: 'sh', ç: 'ch', ğ: 'g', ö: 'o', ü: 'u', x: 'kh', q: 'g', c: 'j' };

/** Lower case, no diacritics, one space between words: "Hikmət  Hacıyev" → "hikmet haciyev". */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function latin(word: string): string {
  const lower = word.normalize('NFKC').toLocaleLowerCase('tr');
  // Turkic spelling rules apply to words written with Turkic letters (Hacıyev), not to every c and x.
  const turkic = /[əışçğ]/.test(lower);
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? (turkic ? (TURKIC[ch] ?? ch) : ch);
  return out.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The consonant skeleton of each word: Хикмет Гаджиев, Hikmət Hacıyev and Hikmet Hajiyev all give "hkmt hjv". */
export function nameSkeleton(name: string): string {
  return name
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((word) =>
      latin(word)
        .replace(/dzh|dj|zh|j/g, 'J')
        .replace(/kh|x/g, 'H')
        .replace(/^g/, 'h')
        // Ə and A open the same names (Əliyev, Aliyev, Алиев); so do E and A across transliterations.
        .replace(/^[ae]/, 'a')
        .replace(/ch|tch/g, 'C')
        .replace(/sh/g, 'S')
        .replace(/ts/g, 'c')
        .replace(/ph/g, 'f')
        .replace(/(.)[aeiouyw]+/g, '$1')
        .replace(/(.)\1+/g, '$1')
        .toLowerCase(),
    )
    .join(' ');
}
