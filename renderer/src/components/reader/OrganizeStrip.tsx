// Under the article's header: its tone, tags and topics, each changed in place, each change with Undo in a toast.
import { useEffect, useState, type Ref } from 'react';
import type { ArticleOrganization, TagRef, Tone, TopicAssignment, ToneState } from '../../../../electron/api/types';
import { shortcutAllowed } from '../keys';
import { TagChips } from './TagChips';
import { TONES, ToneControl } from './ToneControl';
import { TopicChips } from './TopicChips';
import { useUndoableOrganize } from './useUndoableOrganize';
import './reader-organize.css';

interface Props {
  articleId: string;
  organization: ArticleOrganization | undefined;
  tagInputRef: Ref<HTMLInputElement>;
}

const NO_TONE: ToneState = { tone: null, suggested: null, score: null };

export function OrganizeStrip({ articleId, organization, tagInputRef }: Props) {
  const [pickerOpen, setPickerOpen] = useState(false);
  const tone = organization?.tone ?? NO_TONE;
  const { setTone } = useUndoableOrganize(articleId, { kind: 'article', id: articleId });

  // P opens the topic picker; 1/2/3 set the tone, with Undo. Capture phase: these keys are the strip's before any
  // list or reader handler sees them.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!shortcutAllowed(event)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        setPickerOpen(true);
      } else if (event.key === '1' || event.key === '2' || event.key === '3') {
        event.preventDefault();
        setTone(TONES[Number(event.key) - 1]!, tone.tone);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [setTone, tone.tone]);

  return (
    <section className="ro-organize-strip" aria-label="Tone, tags and topics">
      <TargetOrganize
        kind="article"
        id={articleId}
        articleId={articleId}
        tone={tone}
        tags={organization?.tags ?? []}
        topics={organization?.topics ?? []}
        tagInputRef={tagInputRef}
        picker={{ open: pickerOpen, onOpenChange: setPickerOpen, shortcut: 'P' }}
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
  picker?: { open: boolean; onOpenChange(open: boolean): void; shortcut: string };
}

/** Tone, tags and topics of one article or statement; the statements panel uses it compact. */
export function TargetOrganize({ kind, id, articleId, tone, tags, topics, compact, tagInputRef, picker }: TargetProps) {
  const change = useUndoableOrganize(articleId, { kind, id });
  return (
    <div className={`ro-target-organize${compact ? ' compact' : ''}`}>
      <ToneControl state={tone} label={`${kind === 'article' ? 'Article' : 'Statement'} tone`} compact={compact} onSet={(t: Tone | null) => change.setTone(t, tone.tone)} />
      <TagChips tags={tags} owner={kind} compact={compact} inputRef={tagInputRef} onAdd={change.addTag} onRemove={change.removeTag} />
      <TopicChips topics={topics} owner={kind} compact={compact} onConfirm={change.confirmTopic} onRemove={change.removeTopic} onAdd={change.addTopic} picker={picker} />
    </div>
  );
}
