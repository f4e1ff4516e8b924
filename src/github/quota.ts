/**
 * A plan's quota line: when credentials are present, one read of the account's avatar
 * count tells whether the creates of the plan would fit. Never fails the run.
 */
import type { RetryPolicy } from '../creatify/retry.js';
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
    const count = await client.count();
    // a plan's deletes come before its creates; a sync's are made already, and counted
    const freed = result.mode === 'plan' ? (result.wouldDelete ?? []).length : 0;
    return { quota: { max: count.max_count, current: count.current_count, planned, ...(freed > 0 ? { freed } : {}) } };
  } catch (error) {
    return { note: `Quota not checked: ${errorMessage(error)}` };
  } finally {
    await client.close();
  }
}
