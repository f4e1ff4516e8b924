/**
 * One status check of many avatars at a cost that does not grow with their number: one
 * list call answers for every avatar it shows; a single GET only for an id it omits.
 */
import { reviewStatus } from '../creatify/status.js';
import type { ReviewStatus } from '../creatify/status.js';
import type { CreatifyApi, RequestOptions } from '../creatify/types.js';
import { hasCode, isAppError } from '../errors.js';

export interface Observed {
  status: ReviewStatus;
  failedReason?: string;
  /** the id is unknown to Creatify (404) */
  missing?: boolean;
}

export async function observe(api: CreatifyApi, ids: readonly string[], options: RequestOptions = {}): Promise<Map<string, Observed>> {
  const seen = new Map<string, Observed>();
  if (ids.length === 0) return seen;
  const wanted = new Set(ids);
  const listed = await api.list(options);
  for (const persona of listed) {
    if (!wanted.has(persona.id)) continue;
    const status = reviewStatus(persona);
    seen.set(persona.id, { status, ...(persona.failed_reason ? { failedReason: persona.failed_reason } : {}) });
  }
  for (const id of ids) {
    if (seen.has(id)) continue;
    try {
      const persona = await api.get(id, options);
      const status = reviewStatus(persona);
      seen.set(id, { status, ...(persona.failed_reason ? { failedReason: persona.failed_reason } : {}) });
    } catch (error) {
      if (isAppError(error) && error.status === 404 && !hasCode(error, 'AUTH_FAILED')) {
        seen.set(id, { status: 'failed', failedReason: 'Creatify does not know this id (404)', missing: true });
        continue;
      }
      throw error;
    }
  }
  return seen;
}
