// Statements stored before speakers were typed (migration 17 left them 'unknown') are counted and typed by finding
// their clips' statements again; what a person decided stays as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, JobInfo, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

const TEXT =
  'Ferry service to resume\n\n"The ferry will run again from Monday," Anna Volkova, the transport minister, said on Friday. The Ministry of Transport said in a statement that tickets would go on sale this weekend.';

/** What an older library holds: every machine speaker of the clip set back to a kind of no known sort. */
function asBeforeMigration17(articleId: string): void {
  app.library.db.prepare("UPDATE statements SET speaker_kind = 'unknown' WHERE article_id = ? AND speaker_name IS NOT NULL").run(articleId);
}

describe('speakers of no known kind from before kinds were stored', () => {
  it('are counted, and typed by finding their clips’ statements again, leaving a person’s correction alone', async () => {
    const { article } = await call<ClipResult>('clips.fromText', { text: TEXT });
    const before = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    const kinds = new Map(before.map((s) => [s.text, s.speakerKind]));
    expect([...kinds.values()]).toContain('person');
    expect([...kinds.values()]).toContain('institution');
    const corrected = before.find((s) => s.speakerKind === 'institution')!;
    await call('statements.correct', { id: corrected.id, speaker: 'Transport Ministry press office' });
    asBeforeMigration17(article.id);
    const untyped = await call<{ statements: number; clips: number }>('statements.untyped', {});
    // The person's correction is theirs, not a machine's speaker waiting to be typed.
    expect(untyped).toEqual({ statements: before.length - 1, clips: 1 });

    const job = await call<JobInfo | null>('statements.typeUntyped', {});
    expect(job).not.toBeNull();
    await app.services.jobs.finished(job!.id);
    expect(await call('statements.untyped', {})).toEqual({ statements: 0, clips: 0 });
    const after = await call<StatementInfo[]>('statements.list', { articleId: article.id });
    for (const s of after.filter((x) => x.status === 'found')) expect(s.speakerKind).toBe(kinds.get(s.text));
    expect(after.find((s) => s.id === corrected.id)?.speakerName).toBe('Transport Ministry press office');
    // Nothing left to type: no job is started.
    expect(await call('statements.typeUntyped', {})).toBeNull();
  });
});
