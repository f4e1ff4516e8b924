/**
 * Recovery from a run that died between sending a create and recording its answer: the
 * lockfile's in-flight marks say which creates may have happened. The account's avatars
 * are listed once; a match is adopted, so the interrupted create is never made twice.
 */
import { CLOCK_SKEW_ALLOWANCE_MS } from '../creatify/create-once.js';
import { timestampMs } from '../creatify/persona.js';
import type { Persona } from '../creatify/types.js';
import type { LockStore } from '../lock/lockfile.js';
import type { LockEntry } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import type { EngineDeps } from './deps.js';
import { entryForCreated, fillDeferredHash, knownIds } from './lock-entry.js';

export interface Recovered {
  planned: PlannedAvatar;
  persona: Persona;
  /** the key's entry before the adoption: a replace's old id, superseded by `persona` */
  previous: LockEntry | undefined;
}

/** Asks for the client (`deps.api()`) only if there are marks: without them it does nothing. */
export async function recoverInFlight(store: LockStore, work: readonly PlannedAvatar[], deps: EngineDeps): Promise<Recovered[]> {
  const marks = store.current.in_flight ?? {};
  const keys = Object.keys(marks);
  if (keys.length === 0) return [];
  const api = deps.api();
  deps.reporter.info(`${keys.length} create(s) of an interrupted run may have reached Creatify; looking for them before creating anything.`);
  const listed = await api.list(deps.signal ? { signal: deps.signal } : {});
  const known = knownIds(store.current.avatars);
  const taken = new Set<string>();
  const recovered: Recovered[] = [];
  const byKey = new Map(work.map((p) => [p.avatar.key, p]));

  for (const key of keys.sort()) {
    const mark = marks[key]!;
    const since = timestampMs(mark.started_at) ?? 0;
    const match = listed
      .filter((p) => p.creator_name === mark.creator_name && !known.has(p.id) && !taken.has(p.id))
      .filter((p) => (timestampMs(p.created_at) ?? Infinity) >= since - CLOCK_SKEW_ALLOWANCE_MS)
      .sort((a, b) => (timestampMs(a.created_at) ?? 0) - (timestampMs(b.created_at) ?? 0))[0];
    const planned = byKey.get(key);
    if (match && planned && planned.fieldsDigest === mark.fields_digest) {
      taken.add(match.id);
      // the interrupted run hashed the video as it sent it; this one hashes it now
      await fillDeferredHash(planned);
      const previous = store.get(key);
      recovered.push({ planned, persona: match, previous });
      const entry = entryForCreated(planned, match, previous, new Date(deps.clock.now()));
      await store.update((lock) => {
        lock.avatars[key] = entry;
        delete lock.in_flight?.[key];
      });
      deps.reporter.info(`Adopted ${key}: ${match.id}, created by the interrupted run.`);
      continue;
    }
    if (match) {
      deps.reporter.warning(
        `an interrupted run created ${match.id} for ${key}, but the manifest has changed since; it is not recorded (remove it in the Creatify app if unwanted)`,
      );
    }
    await store.update((lock) => {
      delete lock.in_flight?.[key];
    });
  }
  return recovered;
}
