// Under the article's header: its tone, tags and topics, each changed in place.
import type { Ref } from 'react';
import type { ArticleOrganization, TagRef, Tone, TopicAssignment, ToneState } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { TagChips } from './TagChips';
import { ToneControl } from './ToneControl';
import { TopicChips } from './TopicChips';
import { useOrganizeAction } from './useOrganization';
import './reader-organize.css';

interface Props {
  articleId: string;
  organization: ArticleOrganization | undefined;
  tagInputRef: Ref<HTMLInputElement>;
}

const NO_TONE: ToneState = { tone: null, suggested: null, score: null };

export function OrganizeStrip({ articleId, organization, tagInputRef }: Props) {
  return (
    <section className="ro-organize-strip" aria-label="Tone, tags and topics">
      <TargetOrganize
        kind="article"
        id={articleId}
        articleId={articleId}
        tone={organization?.tone ?? NO_TONE}
        tags={organization?.tags ?? []}
        topics={organization?.topics ?? []}
        tagInputRef={tagInputRef}
      />
    </section>
  );
}

interface TargetProps {
  kind: 'article' | 'statement';
  id: string;
  articleId: string;
  tone: ToneState;
  tags: TagRef[];
  topics: TopicAssignment[];
  compact?: boolean;
  tagInputRef?: Ref<HTMLInputElement>;
}

/** Tone, tags and topics of one article or statement; the statements panel uses it compact. */
export function TargetOrganize({ kind, id, articleId, tone, tags, topics, compact, tagInputRef }: TargetProps) {
  const act = useOrganizeAction(articleId);
  const target = [{ kind, id }];
  return (
    <div className={`ro-target-organize${compact ? ' compact' : ''}`}>
      <ToneControl
        state={tone}
        label={`${kind === 'article' ? 'Article' : 'Statement'} tone`}
        compact={compact}
        onSet={(t: Tone | null) => void act(call('tone.set', { kind, id, tone: t }), 'Could not set the tone')}
      />
      <TagChips
        tags={tags}
        owner={kind}
        compact={compact}
        inputRef={tagInputRef}
        onAdd={(name) => void act(call('tags.apply', { targets: target, add: [name], remove: [] }), `Could not add the tag “${name}”`)}
        onRemove={(tag) => void act(call('tags.apply', { targets: target, add: [], remove: [tag.id] }), `Could not remove the tag “${tag.name}”`)}
      />
      <TopicChips
        topics={topics}
        owner={kind}
        compact={compact}
        onAssign={(topicId, status) => void act(call('topics.assign', { targets: target, topicId, status }), status === 'removed' ? 'Could not remove the topic' : 'Could not add the topic')}
      />
    </div>
  );
}
