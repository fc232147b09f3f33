// The report's summary counts statements by the kind of their speaker, so an institution speaking or a source
// without a name is never read as a person quoted; a selection whose outlets nobody knows is not "from 0 outlets".
import { describe, expect, it } from 'vitest';
import { figuresOf, summaryOf } from '../../electron/reports/figures';
import type { ReportClip, ReportStatement } from '../../electron/reports/model';
import type { SpeakerKind } from '../../electron/statements/types';

let next = 0;
function statement(speaker: string | null, speakerKind: SpeakerKind): ReportStatement {
  next++;
  return { id: `s${next}`, clipId: 'c', text: 'words', start: 0, end: 5, kind: 'reported', cue: 'said', speaker, speakerKind, official: null, tone: null, tags: [], unverified: false };
}

function clip(outlet: string | null, statements: ReportStatement[]): ReportClip {
  next++;
  return {
    id: `c${next}`, title: 'A clip', outlet, byline: null, date: '2025-03-12T09:00:00Z', url: null, language: 'en', dir: 'ltr',
    tone: null, toneSuggested: false, topics: [], tags: [], excerpt: 'words', text: 'words', statements, annotations: [], pinned: false,
  };
}

const summary = (clips: ReportClip[]) => summaryOf(figuresOf(clips, '2025-03-12', '2025-03-12'), { from: '2025-03-12', to: '2025-03-12' });

describe('the report summary', () => {
  it('counts statements by people, institutions, anonymous sources and unknown speakers apart', () => {
    const clips = [
      clip('Caspian Wire', [statement('Anna Volkova', 'person'), statement('Anna Volkova', 'person'), statement('the Foreign Ministry', 'institution')]),
      clip('Steppe Herald', [statement('a senior diplomat', 'anonymous'), statement(null, 'unknown')]),
    ];
    const figures = figuresOf(clips, null, null);
    expect(figures.speakerKinds).toEqual({ person: 2, institution: 1, anonymous: 1, unknown: 1 });
    const line = summary(clips).find((l) => l.startsWith('5 statements'));
    expect(line).toBe('5 statements by 3 speakers (2 by people, 1 by an institution, 1 from an anonymous source, 1 without a known speaker); most quoted: Anna Volkova (2), a senior diplomat (1), the Foreign Ministry (1).');
  });

  it('says nothing of kinds when every statement is a person’s', () => {
    const line = summary([clip('Caspian Wire', [statement('Anna Volkova', 'person')])]).find((l) => l.includes('statement'));
    expect(line).toBe('1 statement by 1 speaker; most quoted: Anna Volkova (1).');
  });

  it('does not say "from 0 outlets" when no clip has a known outlet', () => {
    expect(summary([clip(null, [])])[0]).toBe('1 clip on 12 March 2025.');
    expect(summary([clip('Caspian Wire', []), clip(null, [])])[0]).toBe('2 clips from 1 outlet on 12 March 2025.');
  });
});
