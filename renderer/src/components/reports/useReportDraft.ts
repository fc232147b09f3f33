// The report being built: its definition as the routes take it, and which saved report it came from (so that
// saving again updates that one). Kept in memory across view changes, so going to the library to check a clip and
// coming back finds the report as it was; a reload starts afresh (saved reports are how work is kept).
import { useCallback, useEffect, useState } from 'react';
import type { ReportDefinition, SavedReport } from '../../../../electron/api/types';
import type { Period } from './period';

export const NEW_DEFINITION: ReportDefinition = {
  title: 'Coverage report',
  author: null,
  organization: null,
  template: 'coverage',
  selection: { query: null, from: null, to: null, picked: [], excluded: [], pinned: [], order: [] },
  options: { grouping: 'none', fullText: false, annotations: true, statements: true, charts: true, attributions: 'leave-out' },
};

export interface Draft {
  definition: ReportDefinition;
  saved: { id: string; name: string } | null;
}

let remembered: Draft = { definition: NEW_DEFINITION, saved: null };

type Selection = ReportDefinition['selection'];

export interface DraftActions {
  draft: Draft;
  set(patch: Partial<Omit<ReportDefinition, 'selection' | 'options'>>): void;
  setOptions(patch: Partial<ReportDefinition['options']>): void;
  setSelection(patch: Partial<Selection> | ((s: Selection) => Partial<Selection>)): void;
  setPeriod(period: Period): void;
  load(saved: SavedReport, period?: Period): void;
  markSaved(saved: SavedReport): void;
  reset(): void;
}

function toggle(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

export const selectionEdits = {
  togglePinned: (id: string) => (s: Selection) => ({ pinned: toggle(s.pinned, id) }),
  toggleExcluded: (id: string) => (s: Selection) => ({ excluded: toggle(s.excluded, id) }),
  addPicked: (id: string) => (s: Selection) => ({ picked: s.picked.includes(id) ? s.picked : [...s.picked, id], excluded: s.excluded.filter((x) => x !== id) }),
  removePicked: (id: string) => (s: Selection) => ({ picked: s.picked.filter((x) => x !== id), pinned: s.pinned.filter((x) => x !== id) }),
};

export function useReportDraft(): DraftActions {
  const [draft, setDraft] = useState<Draft>(remembered);
  useEffect(() => {
    remembered = draft;
  }, [draft]);
  const edit = useCallback((change: (d: ReportDefinition) => ReportDefinition) => setDraft((d) => ({ ...d, definition: change(d.definition) })), []);
  const set = useCallback((patch: Partial<Omit<ReportDefinition, 'selection' | 'options'>>) => edit((d) => ({ ...d, ...patch })), [edit]);
  const setOptions = useCallback((patch: Partial<ReportDefinition['options']>) => edit((d) => ({ ...d, options: { ...d.options, ...patch } })), [edit]);
  const setSelection = useCallback(
    (patch: Partial<Selection> | ((s: Selection) => Partial<Selection>)) =>
      edit((d) => ({ ...d, selection: { ...d.selection, ...(typeof patch === 'function' ? patch(d.selection) : patch) } })),
    [edit],
  );
  const setPeriod = useCallback((period: Period) => setSelection({ from: period.from, to: period.to }), [setSelection]);
  const load = useCallback((saved: SavedReport, period?: Period) => {
    const definition = period ? { ...saved.definition, selection: { ...saved.definition.selection, ...period } } : saved.definition;
    setDraft({ definition, saved: { id: saved.id, name: saved.name } });
  }, []);
  const markSaved = useCallback((saved: SavedReport) => setDraft((d) => ({ ...d, saved: { id: saved.id, name: saved.name } })), []);
  const reset = useCallback(() => setDraft({ definition: NEW_DEFINITION, saved: null }), []);
  return { draft, set, setOptions, setSelection, setPeriod, load, markSaved, reset };
}
