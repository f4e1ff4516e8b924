/**
 * A plan's quota line: when credentials are present, one read of the account's avatar
 * count tells whether the creates of the plan would fit, and one list which of the plan's
 * deletes would free a slot first. Never fails the run.
 */
import type { RetryPolicy } from '../creatify/retry.js';
import type { CreatifyApi } from '../creatify/types.js';
import { ACTION_PRODUCT, buildClient, type ApiSettings } from '../engine/api-factory.js';
import type { RunResult } from '../engine/result.js';
import { errorMessage } from '../errors.js';
import type { Quota } from '../report/quota.js';

/** A plan must not wait minutes for a line of its report. */
const QUOTA_RETRY: RetryPolicy = { attempts: 2, baseMs: 1_000, factor: 2, capMs: 2_000, jitter: 'full', budgetMs: 10_000 };

export type QuotaLookup = { quota: Quota } | { note: string };

export async function lookUpQuota(api: ApiSettings, result: RunResult): Promise<QuotaLookup> {
  const planned = result.avatars.filter((a) => a.action === 'create' || a.action === 'replace').length;
  const { apiId, apiKey, url } = api;
  if (!apiId || !apiKey) return { note: 'Quota not checked: no Creatify credentials in this run (pull requests from forks get no secrets).' };
  if (planned === 0) return { note: '' };
  const client = buildClient({ url, apiId, apiKey, requestTimeoutMs: Math.min(api.requestTimeoutMs, 20_000) }, ACTION_PRODUCT, undefined, QUOTA_RETRY);
  try {
    // the count and the list that tells which deletes free a slot first, asked at once
    const [count, freed] = await Promise.all([client.count(), freedFirst(client, result)]);
    return { quota: { max: count.max_count, current: count.current_count, planned, ...freed } };
  } catch (error) {
    return { note: `Quota not checked: ${errorMessage(error)}` };
  } finally {
    await client.close();
  }
}

/**
 * Of the deletes a plan lists (a sync's are made already, and counted), those its sync
 * makes before the creates. The pruner sends a DELETE only for an id the account's list
 * shows, which may leave out avatars under review, and keeps an orphaned key's own id
 * while one of the key's older ids stays. An unreadable list frees nothing.
 */
async function freedFirst(client: CreatifyApi, result: RunResult): Promise<Pick<Quota, 'freed' | 'uncounted'>> {
  const deletes = result.mode === 'plan' ? result.wouldDelete : [];
  if (deletes.length === 0) return {};
  let listed: ReadonlySet<string>;
  try {
    listed = new Set((await client.list()).map((persona) => persona.id));
  } catch {
    return { uncounted: `the ${deletes.length} that prune would delete, as the account's list could not be read` };
  }
  const own = new Set(result.orphaned.map((o) => o.id));
  const stuck = new Set(deletes.filter((d) => !listed.has(d.id) && !own.has(d.id)).map((d) => d.key));
  const freed = deletes.filter((d) => listed.has(d.id) && !(own.has(d.id) && stuck.has(d.key))).length;
  const left = deletes.length - freed;
  return {
    ...(freed > 0 ? { freed } : {}),
    ...(left > 0 ? { uncounted: `${left} that prune would delete: a sync deletes only the avatars the account's list shows, which may leave out those under review` } : {}),
  };
}
