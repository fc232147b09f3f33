// The selected topic as a form: name, parent and rule, with the rule's mistakes marked and a live preview of what
// it matches. Save writes the topic; a changed rule starts a job that applies it to the whole library.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { TopicRecord } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { keys } from '../../api/queries';
import { formatCount } from '../../format';
import { useToast } from '../Toasts';
import { invalidateOrganize, organizeKeys } from './api';
import { RuleEditor } from './RuleEditor';
import { RuleHelp } from './RuleHelp';
import { RulePreviewPanel, useRulePreview } from './RulePreview';
import { subtreeIds } from './topicTree';

export interface TopicDraft {
  name: string;
  parentId: string | null;
  rule: string;
}

interface Props {
  /** The topic being edited, or null for a new one. */
  topic: TopicRecord | null;
  initial: TopicDraft;
  topics: readonly TopicRecord[];
  nameRef: RefObject<HTMLInputElement | null>;
  /** The job applying this topic's last saved rule, if one was started. */
  jobId: string | null;
  onSaved(topic: TopicRecord, jobId: string | null): void;
  onCancel(): void;
  onDelete(topic: TopicRecord): void;
  onOpenArticle(id: string): void;
}

export function TopicEditor({ topic, initial, topics, nameRef, jobId, onSaved, onCancel, onDelete, onOpenArticle }: Props) {
  const client = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState<TopicDraft>(initial);
  const [saving, setSaving] = useState(false);
  const { preview, error, pending, failure } = useRulePreview(draft.rule);
  const dirty = draft.name.trim() !== initial.name.trim() || draft.parentId !== initial.parentId || draft.rule.trim() !== initial.rule.trim() || topic === null;
  const excluded = topic ? subtreeIds(topics, topic.id) : new Set<string>();
  const parents = topics.filter((t) => !excluded.has(t.id)).sort((a, b) => a.path.localeCompare(b.path));

  const save = async () => {
    if (saving) return;
    if (draft.name.trim() === '') {
      toast({ tone: 'error', message: 'A topic needs a name: type one in the Name field.' });
      nameRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const rule = draft.rule.trim() === '' ? null : draft.rule.trim();
      const result = topic
        ? await call('topics.update', {
            id: topic.id,
            ...(draft.name.trim() !== topic.name && { name: draft.name.trim() }),
            ...(draft.parentId !== topic.parentId && { parentId: draft.parentId }),
            ...(rule !== (topic.rule ?? null) && { rule }),
          })
        : await call('topics.create', { name: draft.name.trim(), parentId: draft.parentId, rule });
      // The list shows the topic at once, before the refetch brings the counts.
      client.setQueryData<TopicRecord[]>(organizeKeys.topics, (list) => (list ? [...list.filter((t) => t.id !== result.topic.id), result.topic] : [result.topic]));
      invalidateOrganize(client);
      toast({ message: result.job ? `Saved “${result.topic.name}”; applying its rule to the library.` : `Saved “${result.topic.name}”.` });
      onSaved(result.topic, result.job?.id ?? null);
    } catch (err) {
      toast({ tone: 'error', message: `Could not save the topic: ${errorMessage(err)}` });
    } finally {
      setSaving(false);
    }
  };

  // Escape throws away what was typed; Ctrl/⌘+Enter saves from anywhere in the form.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(initial);
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <form
      className="topic-editor"
      aria-label={topic ? `Topic ${topic.name}` : 'New topic'}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="editor-title">{topic ? topic.path : draft.parentId ? 'New subtopic' : 'New topic'}</h2>
      <div className="editor-fields">
        <label className="field">
          <span className="field-label">Name</span>
          <input ref={nameRef} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} placeholder="Middle Corridor" autoComplete="off" />
        </label>
        <label className="field">
          <span className="field-label">Parent</span>
          <select value={draft.parentId ?? ''} onChange={(e) => setDraft({ ...draft, parentId: e.target.value || null })}>
            <option value="">None (a top-level topic)</option>
            {parents.map((t) => (
              <option key={t.id} value={t.id}>
                {t.path}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field">
        <span className="field-label">Rule</span>
        <RuleEditor value={draft.rule} onChange={(rule) => setDraft({ ...draft, rule })} error={error} />
        <RuleHelp />
      </div>
      <div className="editor-actions">
        <button type="submit" className="button primary" disabled={saving || !dirty || error !== null}>
          {saving ? 'Saving…' : topic ? 'Save' : 'Create topic'}
        </button>
        <button
          type="button"
          className="button subtle"
          onClick={() => {
            setDraft(initial);
            onCancel();
          }}
        >
          {dirty && topic ? 'Discard changes' : 'Cancel'}
        </button>
        {topic && (
          <button type="button" className="button subtle danger-text" onClick={() => onDelete(topic)}>
            Delete…
          </button>
        )}
        {jobId && <JobNote id={jobId} />}
      </div>
      <RulePreviewPanel rule={draft.rule} preview={preview} pending={pending} failure={failure} onOpenArticle={onOpenArticle} />
    </form>
  );
}

/** How the job that applies the saved rule is doing; the footer strip shows it too, with Cancel. */
function JobNote({ id }: { id: string }) {
  const jobs = useQuery({ queryKey: keys.jobs, queryFn: () => call('jobs.list', {}) });
  const job = jobs.data?.find((j) => j.id === id);
  if (!job) return null;
  const text =
    job.state === 'running'
      ? `Applying the rule: ${formatCount(job.done)} of ${job.total ? formatCount(job.total) : '…'}`
      : job.state === 'done'
        ? 'Applied to the library.'
        : job.state === 'cancelled'
          ? 'Applying was cancelled; the topic holds what was done so far.'
          : `Applying failed: ${job.error ?? 'unknown error'}`;
  return (
    <span className={`job-note${job.state === 'failed' ? ' error' : ''}`} role="status">
      {text}
    </span>
  );
}
