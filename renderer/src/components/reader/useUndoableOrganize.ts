// Changes to one article's or statement's tone, tags and topics, each confirmed in a toast with Undo (as moving a
// clip to the trash is): Undo puts the previous state back through the same routes.
import { useCallback } from 'react';
import type { TagRef, Tone, TopicAssignment, TopicRecord } from '../../../../electron/api/types';
import { call } from '../../api/client';
import { useToast } from '../Toasts';
import { useOrganizeAction } from './useOrganization';

export interface OrganizeTarget {
  kind: 'article' | 'statement';
  id: string;
}

export function useUndoableOrganize(articleId: string, target: OrganizeTarget) {
  const act = useOrganizeAction(articleId);
  const toast = useToast();
  const { kind, id } = target;

  /** Runs `change`; when it worked, says `done` with an Undo that runs `revert`. */
  const undoable = useCallback(
    async (change: () => Promise<unknown>, failed: string, done: string, revert: () => Promise<unknown>) => {
      const result = await act(change(), failed);
      if (result === undefined) return;
      toast({ message: done, action: { label: 'Undo', run: () => void act(revert(), 'Could not undo') } });
    },
    [act, toast],
  );

  const setTone = useCallback(
    (tone: Tone | null, previous: Tone | null) => {
      if (tone === previous) {
        toast({ message: tone ? `The tone is already ${tone}.` : 'No tone is set.' });
        return;
      }
      const set = (t: Tone | null) => () => call('tone.set', { kind, id, tone: t });
      void undoable(set(tone), 'Could not set the tone', tone ? `Tone: ${tone}.` : 'Tone cleared; the suggestion shows again.', set(previous));
    },
    [undoable, toast, kind, id],
  );

  const addTag = useCallback(
    (name: string) => void act(call('tags.apply', { targets: [{ kind, id }], add: [name], remove: [] }), `Could not add the tag “${name}”`),
    [act, kind, id],
  );

  // The tag itself stays in the library when it is taken off, so Undo adds it again by name.
  const removeTag = useCallback(
    (tag: TagRef) =>
      void undoable(
        () => call('tags.apply', { targets: [{ kind, id }], add: [], remove: [tag.id] }),
        `Could not remove the tag “${tag.name}”`,
        `Removed the tag “${tag.name}”.`,
        () => call('tags.apply', { targets: [{ kind, id }], add: [tag.name], remove: [] }),
      ),
    [undoable, kind, id],
  );

  const assign = useCallback((topicId: string, status: 'confirmed' | 'removed') => () => call('topics.assign', { targets: [{ kind, id }], topicId, status }), [kind, id]);

  // Confirming only firms up what is already shown, so it has no Undo (the routes cannot make it a suggestion again).
  const confirmTopic = useCallback((topic: TopicAssignment) => void act(assign(topic.topicId, 'confirmed')(), `Could not confirm the topic “${topic.name}”`), [act, assign]);

  // Undo gives a removed topic back as confirmed: a person has looked at it by then, and the routes set no other state.
  const removeTopic = useCallback(
    (topic: TopicAssignment) =>
      void undoable(assign(topic.topicId, 'removed'), `Could not remove the topic “${topic.name}”`, `Removed the topic “${topic.name}”.`, assign(topic.topicId, 'confirmed')),
    [undoable, assign],
  );

  // Undo marks a topic given by mistake as removed, which also keeps its rule from suggesting it again here.
  const addTopic = useCallback(
    (topic: TopicRecord) => void undoable(assign(topic.id, 'confirmed'), `Could not add the topic “${topic.name}”`, `Added the topic “${topic.path}”.`, assign(topic.id, 'removed')),
    [undoable, assign],
  );

  return { setTone, addTag, removeTag, confirmTopic, removeTopic, addTopic };
}
