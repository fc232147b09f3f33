// Correcting one statement's speaker offers the others the machine attributed through the same chain of mentions;
// accepting changes them in one step, and what a person already decided is left alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipResult, StatementInfo } from '../../electron/api/types';
import { testApp, type TestApp } from '../helpers/app';
import { fixture } from '../helpers/library';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.library.close());

const call = <T>(name: string, input: unknown) => app.call<T>(name, input);

// tests/fixtures/speaker-chain.txt, written for the project: one person named in full, then by surname and pronoun;
// a second person in between.
const TEXT = fixture('speaker-chain.txt');

describe('a speaker corrected through its chain', () => {
  it('offers the other statements of the same chain, changes them in one step, and leaves a person’s decisions alone', async () => {
    const clip = await call<ClipResult>('clips.fromText', { text: TEXT });
    const statements = await call<StatementInfo[]>('statements.list', { articleId: clip.article.id });
    const volkova = statements.filter((s) => s.speakerName === 'Anna Volkova');
    expect(volkova.length).toBeGreaterThanOrEqual(3);
    const chain = volkova[0]!.chain;
    expect(chain).not.toBeNull();
    expect(volkova.every((s) => s.chain === chain)).toBe(true);
    const karabayev = statements.find((s) => s.speakerName === 'Marat Karabayev')!;
    expect(karabayev.chain).not.toBe(chain);

    const [first, second, ...rest] = volkova;
    // A person confirms one of them: it is theirs, and the chain no longer offers it.
    await call('statements.correct', { id: second!.id, status: 'confirmed' });
    const offered = await call<StatementInfo[]>('statements.sameChain', { id: first!.id });
    expect(offered.map((s) => s.id).sort()).toEqual(rest.map((s) => s.id).sort());

    await call('statements.correct', { id: first!.id, speaker: 'Anna Volkova-Petrova' });
    const changed = await call<StatementInfo[]>('statements.correctChain', { id: first!.id, speaker: 'Anna Volkova-Petrova' });
    expect(changed.map((s) => s.id).sort()).toEqual(rest.map((s) => s.id).sort());
    expect(changed.every((s) => s.speakerName === 'Anna Volkova-Petrova' && s.status === 'corrected' && s.speakerKind === 'person')).toBe(true);

    const after = await call<StatementInfo[]>('statements.list', { articleId: clip.article.id });
    const byId = new Map(after.map((s) => [s.id, s]));
    expect(byId.get(second!.id)).toMatchObject({ speakerName: 'Anna Volkova', status: 'confirmed' });
    expect(byId.get(karabayev.id)).toMatchObject({ speakerName: 'Marat Karabayev', status: 'found' });
  });

  it('offers nothing for a statement resolved through no chain, and refuses an id that leads nowhere', async () => {
    const clip = await call<ClipResult>('clips.fromText', { text: TEXT });
    const added = await call<StatementInfo>('statements.add', { articleId: clip.article.id, start: 0, end: 13, speaker: 'An editor', kind: 'reported' });
    expect(added.chain).toBeNull();
    expect(await call<StatementInfo[]>('statements.sameChain', { id: added.id })).toEqual([]);
    await expect(call('statements.correctChain', { id: '00000000-0000-4000-8000-000000000000', speaker: 'X' })).rejects.toThrow();
  });
});
