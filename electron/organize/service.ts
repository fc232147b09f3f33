// Organizing what was clipped, wired together: tags, topics, annotations and tone, and what happens to them when
// a clip arrives (rules and tone run on it) or its text changes (highlights find their place again).
import type { Database } from 'better-sqlite3';
import type { ArticleStore } from '../../db/articles';
import type { ArticleOrganization } from '../api/types';
import { AnnotationService } from './annotations';
import { TagService } from './tags';
import { ToneService } from './tone';
import { TopicService } from './topics';

export class OrganizeService {
  readonly tags: TagService;
  readonly topics: TopicService;
  readonly annotations: AnnotationService;
  readonly tone: ToneService;

  constructor(
    private readonly db: Database,
    articles: ArticleStore,
  ) {
    this.tags = new TagService(db);
    this.topics = new TopicService(db);
    this.annotations = new AnnotationService(db, articles, this.tags);
    this.tone = new ToneService(db);
  }

  /** A new clip (or one whose statements were found again): tone suggestions and topic rules, in the caller's transaction. */
  onClipped(articleId: string): void {
    this.tone.suggestFor(articleId);
    this.topics.applyToArticles([articleId]);
  }

  /** The article's text changed: highlights re-anchor, then tone and rules run again. */
  onTextChanged(articleId: string): ReturnType<AnnotationService['reanchor']> {
    const report = this.annotations.reanchor(articleId);
    this.onClipped(articleId);
    return report;
  }

  forArticle(articleId: string): ArticleOrganization {
    const statementIds = this.db.prepare<[string], string>("SELECT id FROM statements WHERE article_id = ? AND status <> 'rejected'").pluck().all(articleId);
    const statementTags = this.tags.store.tagsOf('statement', statementIds);
    const statementTopics = this.topics.store.topicsOf('statement', statementIds, true);
    const tones = this.tone.statesOf(articleId);
    return {
      tags: this.tags.store.tagsOf('article', [articleId]).get(articleId) ?? [],
      topics: this.topics.store.topicsOf('article', [articleId], true).get(articleId) ?? [],
      tone: this.tone.get('article', articleId),
      annotations: this.annotations.forArticle(articleId),
      statements: Object.fromEntries(
        statementIds.map((id) => [id, { tags: statementTags.get(id) ?? [], topics: statementTopics.get(id) ?? [], tone: tones.get(id) ?? { tone: null, suggested: null, score: null } }]),
      ),
    };
  }
}
