// The publication a story was first given to, when the text says so: "in an interview with the Chinese
// publication Global Times", "told the Financial Times", "в интервью газете «Коммерсантъ»".

const NAME = String.raw`(?:the\s+)?((?:[\p{Lu}][\p{L}\p{N}.&'’-]*)(?:\s+(?:of\s+|de\s+|the\s+)?[\p{Lu}][\p{L}\p{N}.&'’-]*){0,4})`;
const KIND = String.raw`(?:(?:[\p{L}-]+\s+){0,2}(?:publication|newspaper|magazine|news\s+agency|agency|outlet|daily|weekly|TV\s+channel|television\s+channel|channel|broadcaster|radio|website|portal|news\s+portal|edition)\s+)?`;

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:in|during)\s+an?\s+(?:exclusive\s+)?interview\s+(?:with|to|for|given\s+to)\s+(?:the\s+)?${KIND}${NAME}`, 'u'),
  new RegExp(String.raw`\b(?:told|speaking\s+to|said\s+to|in\s+remarks\s+to|in\s+an\s+op-ed\s+for|wrote\s+in|in\s+an\s+article\s+for|in\s+a\s+column\s+for)\s+(?:the\s+)?${KIND}${NAME}`, 'u'),
  /в\s+интервью\s+(?:газете|изданию|агентству|телеканалу|журналу|радиостанции|порталу)?\s*[«"]?([\p{Lu}][^»",.;]{1,40})/u,
  /(?:сообщил|заявил|рассказал)\w*\s+(?:газете|изданию|агентству|телеканалу|журналу)\s+[«"]?([\p{Lu}][^»",.;]{1,40})/u,
];

/** Words that follow "told" but are not publications ("told reporters", "told Parliament" is kept out by the list). */
const NOT_PUBLICATIONS = /^(?:reporters|journalists|the press|parliament|lawmakers|senators|him|her|them|us|me|you|it|this|that|a|an|he|she|they|we)$/i;

export function findOriginalPublication(text: string): string | undefined {
  const lead = text.slice(0, 4000);
  for (const pattern of PATTERNS) {
    const m = pattern.exec(lead);
    const name = m?.[1]?.trim().replace(/[.,;:]+$/, '');
    if (name && !NOT_PUBLICATIONS.test(name) && name.length >= 2) return name;
  }
  return undefined;
}
