// Beside the text: the clip's statements and highlights. On a wide pane they are a column to the right of the text
// (UI.md's margin), open unless put away; on a narrow one each is a summary line above the text ("12 statements ·
// 3 speakers  Show") that opens as a panel over the text, so the article's first lines are on screen when a clip
// opens. Whether each is open is remembered, for wide and narrow panes apart.
import type { AnnotationRecord, ArticleOrganization, StatementInfo } from '../../../../electron/api/types';
import { countOf } from '../../format';
import { StatementsPanel } from '../StatementsPanel';
import { AnnotationsList } from './AnnotationsList';
import './reader-layout.css';

interface Props {
  articleId: string;
  articleTitle: string;
  statements: StatementInfo[] | undefined;
  organization: ArticleOrganization | undefined;
  activeStatement: string | null;
  onActivateStatement(id: string | null): void;
  officialNames: string[];
  selection: { start: number; end: number } | null;
  onStatementAdded(): void;
  onOpenHighlight(annotation: AnnotationRecord): void;
  onHighlightPlaced(): void;
  statementsOpen: boolean;
  onStatementsOpen(open: boolean): void;
  highlightsOpen: boolean;
  onHighlightsOpen(open: boolean): void;
}

/** "7 statements by Hikmet Hajiyev", "3 statements by A and B", "12 statements · 3 speakers". */
export function statementsSummary(statements: StatementInfo[]): { count: string; speakers: string } {
  const kept = statements.filter((s) => s.status !== 'rejected');
  const speakers = [...new Set(kept.map((s) => s.speakerName ?? 'unknown'))];
  const count = countOf(kept.length, 'statement', 'statements');
  if (speakers.length === 0) return { count, speakers: '' };
  return { count, speakers: speakers.length <= 2 ? ` by ${speakers.join(' and ')}` : ` · ${speakers.length} speakers` };
}

export function ReaderSide(props: Props) {
  const { statements, organization } = props;
  const summary = statements ? statementsSummary(statements) : null;
  const annotations = organization?.annotations ?? [];
  const orphaned = annotations.filter((x) => x.anchorStatus === 'orphaned').length;
  const toggle = (open: boolean) => <span className="summary-toggle">{open ? 'Hide' : 'Show'}</span>;
  return (
    <aside className="reader-side" aria-label="Statements and highlights">
      <details className="statements-details" open={props.statementsOpen} onToggle={(e) => props.onStatementsOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          <span className="summary-text">
            {summary ? summary.count : 'Statements'}
            {summary && <span className="summary-speakers">{summary.speakers}</span>}
          </span>
          {toggle(props.statementsOpen)}
        </summary>
        {props.statementsOpen && (
          <StatementsPanel
            articleId={props.articleId}
            statements={statements ?? []}
            activeId={props.activeStatement}
            onActivate={props.onActivateStatement}
            officialNames={props.officialNames}
            selection={props.selection}
            onAdded={props.onStatementAdded}
            organization={organization?.statements}
          />
        )}
      </details>
      {organization && (
        <details
          className={`statements-details highlights-details${annotations.length === 0 ? ' empty' : ''}`}
          // With no highlights yet the section stays one line: there is nothing to list.
          open={props.highlightsOpen && annotations.length > 0}
          onToggle={(e) => annotations.length > 0 && props.onHighlightsOpen((e.target as HTMLDetailsElement).open)}
        >
          <summary>
            <span className="summary-text">
              {countOf(annotations.length, 'highlight', 'highlights')}
              {orphaned > 0 && <span className="summary-speakers"> · {orphaned} lost their place</span>}
            </span>
            {annotations.length > 0 && toggle(props.highlightsOpen)}
          </summary>
          <AnnotationsList
            articleId={props.articleId}
            articleTitle={props.articleTitle}
            annotations={annotations}
            statements={statements ?? []}
            selection={props.selection}
            onOpen={props.onOpenHighlight}
            onPlaced={props.onHighlightPlaced}
          />
        </details>
      )}
    </aside>
  );
}
