// What a rule matches, read again 250 ms after the typing stops: the counts and the hits with the matched words
// marked. The preview reads the latest clips only; saving applies the rule to the whole library.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { RulePreview as Preview, RulePreviewHit } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { formatCount } from '../../format';
import { organizeKeys, plural, useDebounced } from './api';

const PREVIEW_HITS = 20;

export function useRulePreview(rule: string) {
  const settled = useDebounced(rule.trim(), 250);
  const query = useQuery({
    queryKey: organizeKeys.preview(settled),
    queryFn: () => call('topics.preview', { rule: settled, limit: PREVIEW_HITS }),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  // An old answer stays on screen while the next loads, but its error points into a rule that is no longer there.
  const current = query.data !== undefined && !query.isPlaceholderData && settled === rule.trim();
  return {
    preview: settled === '' ? undefined : query.data,
    error: current && query.data ? query.data.error : null,
    pending: settled !== rule.trim() || query.isFetching,
    failure: query.error,
  };
}

export function countsLine(p: Preview): string {
  const scope = p.scannedArticles < p.libraryArticles ? `of the latest ${formatCount(p.scannedArticles)} clips` : `of all ${plural(p.libraryArticles, 'clip', 'clips')}`;
  return `${plural(p.articleCount, 'clip', 'clips')}, ${plural(p.statementCount, 'statement', 'statements')} ${scope}`;
}

function Highlighted({ text, highlights }: { text: string; highlights: RulePreviewHit['highlights'] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [s, e] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (s < at || e <= s) continue;
    parts.push(text.slice(at, s), <mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

interface Props {
  rule: string;
  preview: Preview | undefined;
  pending: boolean;
  failure: Error | null;
  onOpenArticle(id: string): void;
}

export function RulePreviewPanel({ rule, preview, pending, failure, onOpenArticle }: Props) {
  if (rule.trim() === '') {
    return <p className="preview-status">Without a rule the topic holds only what you assign to it by hand. Write one to see what it would match.</p>;
  }
  if (failure) return <p className="preview-status error">The preview could not be read: {failure.message}</p>;
  if (!preview) return <p className="preview-status" aria-busy="true">Reading the latest clips…</p>;
  return (
    <section className={`rule-preview${pending ? ' stale' : ''}`} aria-label="Preview" aria-busy={pending}>
      <p className="preview-status" data-testid="preview-counts">
        {preview.error ? 'Fix the rule to see what it matches.' : countsLine(preview)}
      </p>
      {!preview.error && preview.hits.length > 0 && (
        <ol className="preview-hits">
          {preview.hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              <div className="hit-meta">
                <span className="hit-kind">{hit.kind === 'statement' ? 'Statement' : 'Clip'}</span>
                <button type="button" className="link-button hit-title" onClick={() => onOpenArticle(hit.articleId)} title="Open the clip in the library" dir="auto">
                  {hit.title}
                </button>
              </div>
              <p className="hit-text" dir="auto">
                <Highlighted text={hit.text} highlights={hit.highlights} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
