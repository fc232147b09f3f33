// Statements found again in the library's own process (re-extraction, an edited text) know the library's own agency
// signatures, as the extraction child does: a signature of the user's never becomes a speaker there either.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, JobInfo, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

// "Kavkaz Uzel" is a made-up agency, known only from this library's settings.
const TEXT = 'Port dues to fall\n\nThe port would lower its dues for small ships from March, Kavkaz Uzel reported on Tuesday, citing the port’s board.';

describe('the library’s own signatures when statements are found again', () => {
  it('keep a user’s agency from being a speaker after re-extraction and after a text edit', async () => {
    await call('settings.update', { agencySignatures: [{ outlet: 'Kavkaz Uzel', signatures: ['Kavkaz Uzel', 'KU'], country: null, language: null }] });
    const { article } = await call<ClipResult>('clips.fromText', { text: TEXT });
    const speakers = async () => (await call<StatementInfo[]>('statements.list', { articleId: article.id })).map((s) => s.speakerName);
    expect(await speakers()).not.toContain('Kavkaz Uzel');

    const job = await call<JobInfo>('statements.reextract', { articleIds: [article.id] });
    await app.services.jobs.finished(job.id);
    expect(await speakers()).not.toContain('Kavkaz Uzel');

    await call('articles.updateText', { id: article.id, text: `${TEXT}\n\nThe board meets again in April.` });
    expect(await speakers()).not.toContain('Kavkaz Uzel');
  });
});
