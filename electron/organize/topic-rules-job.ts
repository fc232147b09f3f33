// Running topic rules over the whole library as a job: the library is read in batches, matches are gathered in
// memory (ids only), and written in one transaction at the end, so a cancelled run changes nothing.
import type { JobInfo } from '../api/types';
import type { JobRegistry } from '../jobs/registry';
import type { TopicService } from './topics';

const BATCH = 400;

export function topicRulesJob(jobs: JobRegistry, topics: TopicService, announce: () => void, topicIds?: string[]): JobInfo {
  const rules = topics.compiledRules(topicIds);
  const total = topics.documents.liveArticleCount();
  const what = topicIds?.length === 1 ? `“${topics.store.get(topicIds[0]!).name}”` : countOf(rules.length, 'topic rule', 'topic rules');
  return jobs.start('topics', `Applying ${what} to ${countOf(total, 'clip', 'clips')}`, async ({ signal, progress }) => {
    const articleMatches = new Map(rules.map((r) => [r.topicId, [] as string[]]));
    const statementMatches = new Map(rules.map((r) => [r.topicId, [] as string[]]));
    let done = 0;
    let afterSeq = 0;
    for (;;) {
      if (signal.aborted) return { cancelled: true, message: `Stopped after ${done.toLocaleString('en')} of ${total.toLocaleString('en')} clips; no topics were changed.` };
      const batch = topics.documents.articleBatch(afterSeq, BATCH);
      if (batch.length === 0) break;
      afterSeq = batch.at(-1)!.seq;
      const statements = topics.documents.statementsOf(batch.map((a) => a.id));
      for (const rule of rules) {
        for (const a of batch) if (rule.test(a.doc)) articleMatches.get(rule.topicId)!.push(a.id);
        for (const s of statements) if (rule.test(s.doc)) statementMatches.get(rule.topicId)!.push(s.id);
      }
      done += batch.length;
      progress(done, total, batch.at(-1)!.title);
      await new Promise((resolve) => setImmediate(resolve));
    }
    let added = 0;
    let dropped = 0;
    const write = () => {
      for (const rule of rules) {
        for (const [kind, matches] of [['article', articleMatches], ['statement', statementMatches]] as const) {
          const change = topics.store.applyRuleResult(kind, rule.topicId, matches.get(rule.topicId)!, 'all');
          added += change.added;
          dropped += change.dropped;
        }
      }
    };
    topics.inTransaction(write);
    announce();
    // A clip that several rules match is still one clip: the summary counts distinct ids, not matches per rule.
    const articles = distinctCount(articleMatches.values());
    const statements = distinctCount(statementMatches.values());
    return {
      message: `${countOf(articles, 'clip', 'clips')} and ${countOf(statements, 'statement', 'statements')} match; ${countOf(added, 'topic', 'topics')} suggested, ${countOf(dropped, 'suggestion', 'suggestions')} withdrawn. Confirmed and removed topics were left as people set them.`,
    };
  });
}

function distinctCount(lists: Iterable<readonly string[]>): number {
  const ids = new Set<string>();
  for (const list of lists) for (const id of list) ids.add(id);
  return ids.size;
}

function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
