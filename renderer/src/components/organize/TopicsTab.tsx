// The Topics tab: the tree on the left; on the right the selected topic's form with its rule's live preview, or,
// with nothing selected, phrases suggested as new topics.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { TopicRecord } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { useToast } from '../Toasts';
import { invalidateOrganize, plural, useRefreshWhenRulesJobsEnd, useTopics } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { useExpandedTopics } from './expandedTopics';
import { StarterOffer } from './StarterOffer';
import { Suggestions } from './Suggestions';
import { TopicEditor, type TopicDraft } from './TopicEditor';
import { TopicTree } from './TopicTree';
import { ancestorIds, subtreeIds } from './topicTree';

type Mode = { kind: 'none' } | { kind: 'edit'; id: string } | { kind: 'new'; draft: TopicDraft; seq: number };

export function TopicsTab({ onOpenArticle }: { onOpenArticle(id: string): void }) {
  const client = useQueryClient();
  const toast = useToast();
  const topics = useTopics();
  useRefreshWhenRulesJobsEnd();
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const [expanded, setExpanded] = useExpandedTopics();
  const [deleting, setDeleting] = useState<TopicRecord | null>(null);
  const [installing, setInstalling] = useState(false);
  const [lastJob, setLastJob] = useState<{ topicId: string; jobId: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const focusName = useRef(false);
  const newSeq = useRef(0);

  const list = topics.data ?? [];
  const selected = mode.kind === 'edit' ? list.find((t) => t.id === mode.id) : undefined;

  // A form opened from the keyboard (Enter, New topic) takes the focus once it is on screen.
  useEffect(() => {
    if (!focusName.current) return;
    focusName.current = false;
    nameRef.current?.focus();
    nameRef.current?.select();
  }, [mode]);

  /** Selects a topic and opens the branches above it; a topic just created is not in the list yet, so it is passed. */
  const select = (id: string, created?: TopicRecord) => {
    const all = created ? [...list, created] : list;
    setExpanded((open) => new Set([...open, ...ancestorIds(all, id)]));
    setMode({ kind: 'edit', id });
  };
  const startNew = (draft: TopicDraft) => {
    focusName.current = true;
    setMode({ kind: 'new', draft, seq: ++newSeq.current });
  };
  const backToTree = () => {
    const id = mode.kind === 'edit' ? mode.id : null;
    if (mode.kind === 'new') setMode({ kind: 'none' });
    if (id) document.querySelector<HTMLElement>(`[role='treeitem'][aria-selected='true']`)?.focus();
  };

  const install = async () => {
    setInstalling(true);
    try {
      const { created, job } = await call('topics.installStarter', {});
      invalidateOrganize(client);
      toast({
        message:
          created === 0 ? 'The starter topics are all in your library already.' : `Added ${plural(created, 'starter topic', 'starter topics')}${job ? '; applying their rules to the library.' : '.'}`,
      });
    } catch (err) {
      toast({ tone: 'error', message: `Could not add the starter taxonomy: ${errorMessage(err)}` });
    } finally {
      setInstalling(false);
    }
  };

  // Rules run on import and when one changes; this runs them all again (after many edits to clips, say). What a
  // person removed stays removed.
  const applyAll = async () => {
    try {
      await call('topics.apply', {});
      invalidateOrganize(client);
      toast({ message: 'Applying every topic’s rule to the library; topics people removed stay removed.' });
    } catch (err) {
      toast({ tone: 'error', message: `Could not apply the rules: ${errorMessage(err)}` });
    }
  };

  const remove = async (topic: TopicRecord) => {
    try {
      await call('topics.remove', { id: topic.id });
      if (mode.kind === 'edit' && subtreeIds(list, topic.id).has(mode.id)) setMode({ kind: 'none' });
      invalidateOrganize(client);
      toast({ message: `Deleted the topic “${topic.name}”; the clips stay in the library.` });
    } catch (err) {
      toast({ tone: 'error', message: `Could not delete “${topic.name}”: ${errorMessage(err)}` });
    }
  };

  if (topics.isError) return <div className="list-message" role="alert">The topics could not be loaded: {topics.error.message}</div>;
  const empty = topics.isSuccess && list.length === 0;
  const parentIds = new Set(list.flatMap((t) => (t.parentId === null ? [] : [t.parentId])));
  const allOpen = parentIds.size > 0 && [...parentIds].every((id) => expanded.has(id));
  const childCount = deleting ? subtreeIds(list, deleting.id).size - 1 : 0;

  return (
    <div className="topics-tab">
      <div className="tree-column">
        <div className="tree-toolbar">
          <button type="button" className="button" onClick={() => startNew({ name: '', parentId: null, rule: '' })}>
            New topic
          </button>
          <button type="button" className="button" disabled={!selected} onClick={() => selected && startNew({ name: '', parentId: selected.id, rule: '' })}>
            New subtopic
          </button>
        </div>
        {!empty && (
          <div className="tree-links">
            <button type="button" className="link-button" onClick={() => setExpanded(() => (allOpen ? new Set() : parentIds))}>
              {allOpen ? 'Collapse all' : 'Expand all'}
            </button>
            <button type="button" className="link-button starter-link" onClick={() => void install()} disabled={installing} title="Adds the starter topics you do not have yet">
              Add starter topics
            </button>
            <button type="button" className="link-button" onClick={() => void applyAll()} disabled={!list.some((t) => t.rule)} title="Runs every rule over the whole library again">
              Apply rules again
            </button>
          </div>
        )}
        {empty && mode.kind === 'none' ? (
          <StarterOffer installing={installing} onInstall={() => void install()} onStartEmpty={() => startNew({ name: '', parentId: null, rule: '' })} />
        ) : (
          <>
            <div className="tree-legend" aria-hidden="true">
              <span>Topic</span>
              <span className="topic-counts">
                <span className="topic-count">clips</span>
                <span className="topic-count">stmts</span>
              </span>
            </div>
            <TopicTree
              topics={list}
              selectedId={mode.kind === 'edit' ? mode.id : null}
              expanded={expanded}
              onToggle={(id, open) =>
                setExpanded((all) => {
                  const next = new Set(all);
                  if (open) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
              onSelect={(id) => select(id)}
              onEdit={(id) => {
                focusName.current = true;
                select(id);
              }}
              onDelete={setDeleting}
            />
            {empty && <p className="hint-text tree-hint">Your first topic appears here once it is created.</p>}
          </>
        )}
      </div>
      <div className="editor-column">
        {mode.kind === 'edit' && selected ? (
          <TopicEditor
            key={selected.id}
            topic={selected}
            initial={{ name: selected.name, parentId: selected.parentId, rule: selected.rule ?? '' }}
            topics={list}
            nameRef={nameRef}
            jobId={lastJob?.topicId === selected.id ? lastJob.jobId : null}
            onSaved={(topic, jobId) => {
              if (jobId) setLastJob({ topicId: topic.id, jobId });
            }}
            onCancel={backToTree}
            onDelete={setDeleting}
            onOpenArticle={onOpenArticle}
          />
        ) : mode.kind === 'new' ? (
          <TopicEditor
            key={`new-${mode.seq}`}
            topic={null}
            initial={mode.draft}
            topics={list}
            nameRef={nameRef}
            jobId={null}
            onSaved={(topic, jobId) => {
              if (jobId) setLastJob({ topicId: topic.id, jobId });
              select(topic.id, topic);
            }}
            onCancel={backToTree}
            onDelete={setDeleting}
            onOpenArticle={onOpenArticle}
          />
        ) : (
          <Suggestions onCreate={(phrase) => startNew({ name: phrase, parentId: null, rule: `"${phrase.replaceAll('"', '')}"` })} />
        )}
      </div>
      <ConfirmDialog
        title="Delete topic"
        open={deleting !== null}
        confirmLabel="Delete"
        onConfirm={() => deleting && void remove(deleting)}
        onClose={() => setDeleting(null)}
      >
        {deleting && (
          <p>
            Delete “{deleting.path}”{childCount > 0 ? ` and its ${plural(childCount, 'subtopic', 'subtopics')}` : ''}? The clips and statements stay in the library; only the topic
            and its assignments go.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
