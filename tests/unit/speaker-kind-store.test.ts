// What a speaker is, as stored: a person's additions and corrections set the kind, and a kind without a speaker is
// never anything but unknown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

const TEXT = 'Talks on the ferry line resumed on Monday. The Ministry of Transport said the new berths would open in spring. A source close to the talks said the price was still open.';

async function clipWithOneStatement(): Promise<{ articleId: string; statement: StatementInfo }> {
  const { article } = await call<ClipResult>('clips.fromText', { text: TEXT });
  const start = TEXT.indexOf('the new berths');
  const statement = await call<StatementInfo>('statements.add', { articleId: article.id, start, end: start + 'the new berths would open in spring'.length, speaker: 'Ministry of Transport', kind: 'reported' });
  return { articleId: article.id, statement };
}

describe('speaker kinds in the library', () => {
  it('stores a statement a person adds as said by a person, with no chain', async () => {
    const { statement } = await clipWithOneStatement();
    expect(statement).toMatchObject({ speakerName: 'Ministry of Transport', speakerKind: 'person', chain: null });
  });

  it('sets the kind a person chooses when correcting, and keeps it on reading back', async () => {
    const { articleId, statement } = await clipWithOneStatement();
    const corrected = await call<StatementInfo>('statements.correct', { id: statement.id, speakerKind: 'institution' });
    expect(corrected).toMatchObject({ speakerName: 'Ministry of Transport', speakerKind: 'institution', status: 'corrected' });
    const listed = (await call<StatementInfo[]>('statements.list', { articleId })).find((s) => s.id === statement.id);
    expect(listed?.speakerKind).toBe('institution');

    const renamed = await call<StatementInfo>('statements.correct', { id: statement.id, speaker: 'a source close to the talks', speakerKind: 'anonymous' });
    expect(renamed).toMatchObject({ speakerName: 'a source close to the talks', speakerKind: 'anonymous' });
  });

  it('takes a speaker named without a kind for a person, and no speaker for an unknown one', async () => {
    const { statement } = await clipWithOneStatement();
    await call('statements.correct', { id: statement.id, speakerKind: 'institution' });
    expect(await call<StatementInfo>('statements.correct', { id: statement.id, speaker: 'Nino Beridze' })).toMatchObject({ speakerKind: 'person' });
    expect(await call<StatementInfo>('statements.correct', { id: statement.id, speaker: null, speakerKind: 'institution' })).toMatchObject({ speakerName: null, speakerKind: 'unknown' });
  });

  it('refuses a kind that is not one of the three a person can choose', async () => {
    const { statement } = await clipWithOneStatement();
    await expect(call('statements.correct', { id: statement.id, speakerKind: 'unknown' })).rejects.toThrow();
    await expect(call('statements.correct', { id: statement.id, speakerKind: 'document' })).rejects.toThrow();
  });

  it('stores what the extractor says for the statements it finds: unknown exactly when there is no speaker', async () => {
    const { articleId } = await clipWithOneStatement();
    const found = (await call<StatementInfo[]>('statements.list', { articleId })).filter((s) => s.origin === 'machine');
    for (const s of found) expect(s.speakerKind === 'unknown').toBe(s.speakerName === null);
  });
});
