// Lines that a web page's chrome leaves in a copy: font-size widgets ("+ ↺ − 16 px"), share bars, view counters,
// "Advertisement". A line is clutter only when every word in it belongs to that vocabulary, so a real sentence
// that happens to mention "share" or "print" is never dropped.
import { findDates } from './dates';

const CHROME_WORDS = new Set(
  [
    // English
    'date', 'published', 'updated', 'posted', 'modified', 'views', 'view', 'share', 'shares', 'print', 'email', 'e-mail',
    'mail', 'tweet', 'facebook', 'twitter', 'x', 'telegram', 'whatsapp', 'linkedin', 'reddit', 'vk', 'ok', 'copy',
    'link', 'font', 'size', 'text', 'listen', 'advertisement', 'ad', 'ads', 'sponsored', 'subscribe', 'follow', 'us',
    'on', 'comments', 'comment', 'read', 'more', 'min', 'mins', 'minute', 'minutes', 'reading', 'time', 'px', 'pt',
    'a', 'aa', 'reset', 'save', 'bookmark', 'home', 'news', 'menu', 'search', 'close', 'top', 'back', 'to', 'photo',
    'video', 'audio', 'gallery', 'ago', 'hours', 'hour', 'today', 'yesterday', 'am', 'pm', 'gmt', 'utc',
    // Russian
    'дата', 'опубликовано', 'обновлено', 'просмотров', 'просмотры', 'поделиться', 'печать', 'версия', 'для', 'печати',
    'размер', 'шрифта', 'реклама', 'подписаться', 'комментарии', 'читать', 'далее', 'также', 'фото', 'видео', 'мин',
    // Azerbaijani / Turkish
    'tarix', 'paylaş', 'paylas', 'çap', 'cap', 'et', 'baxış', 'reklam', 'paylaşın', 'yazdır', 'görüntülenme',
  ].map((w) => w.toLowerCase()),
);

/** Symbols of font-size and share widgets: + − – ↺ ↻ ⟳ | • · / : and the like. */
const WIDGET_SYMBOLS = /^[+\-−–—↺↻⟲⟳⤾⤿↶↷⊕⊖|•·/:;,.()[\]«»"'#@*×✕✖☰⋮…]+$/u;

export interface ClutterVerdict {
  clutter: boolean;
  /** A date the line carried (a "date 2024-03-26" widget or a lone dateline), to keep as metadata. */
  date?: string;
}

export function judgeLine(line: string): ClutterVerdict {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 120) return { clutter: false };
  const dates = findDates(trimmed);
  let rest = trimmed;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  // Bare times and counters ("10:45", "1 234", "16") carry no prose.
  const tokens = rest
    .split(/\s+/)
    .filter((t) => t !== '')
    .filter((t) => !/^\d{1,2}:\d{2}$/.test(t) && !/^\d+[%]?$/.test(t) && !/^\d+(px|pt|em|rem)$/i.test(t));
  const wordTokens = tokens.filter((t) => !WIDGET_SYMBOLS.test(t));
  // Nothing but dates, numbers, widget symbols and chrome words: page furniture (a lone date is a dateline).
  if (wordTokens.every((t) => CHROME_WORDS.has(t.toLowerCase().replace(/[:.,]+$/u, '')))) {
    return dates[0] ? { clutter: true, date: dates[0].iso } : { clutter: true };
  }
  return { clutter: false };
}
