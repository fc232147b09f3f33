// What every way in produces: one article, ready to be stored. Text is the reference for every offset; html,
// when the source had markup, is sanitized and kept for display.

export interface ExtractedArticle {
  title: string;
  /** True when the title was guessed from the text rather than given by the source. */
  titleProvisional: boolean;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string;
  html: string | null;
  url: string | null;
  canonicalUrl: string | null;
  dir: 'ltr' | 'rtl' | null;
  originalPublication: string | null;
  /** Lines taken out as page furniture, for the person to review. */
  removed: string[];
  /** A tone the source gave (a clip log's column), kept as the person's own judgement. */
  tone?: 'positive' | 'neutral' | 'negative' | null;
}

/** The `verbatim extract --json` contract: keep these names and meanings stable, the benchmark reads them. */
export interface ExtractJson {
  title: string;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string;
}

export function toExtractJson(article: ExtractedArticle): ExtractJson {
  const { title, byline, outlet, publishedAt, language, text } = article;
  return { title, byline, outlet, publishedAt, language, text };
}
