// Plain text (pasted, or a .txt file) to an article.
import type { ExtractedArticle } from './article';
import { findOriginalPublication } from './original-publication';
import { analysePaste } from './paste';

export function articleFromText(raw: string): ExtractedArticle {
  const analysis = analysePaste(raw);
  return {
    title: analysis.title,
    titleProvisional: true,
    byline: null,
    outlet: analysis.outlet,
    publishedAt: analysis.publishedAt,
    language: analysis.language,
    text: analysis.text,
    html: null,
    url: null,
    canonicalUrl: null,
    dir: null,
    originalPublication: findOriginalPublication(analysis.text) ?? null,
    removed: analysis.removed,
  };
}
