/**
 * Recovery from a run that died between sending a create and recording its answer: the
 * lockfile's in-flight marks say which creates may have happened. The account's avatars
 * are listed once; a match is adopted, so the interrupted create is never made twice.
 */
import { candidatesSince } from '../creatify/create-once.js';
import { timestampMs } from '../creatify/persona.js';
import type { Persona } from '../creatify/types.js';
import type { LockStore } from '../lock/lockfile.js';
import type { InFlight, LockEntry } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import type { EngineDeps } from './deps.js';
import { entryForCreated, fillDeferredHash, knownIds } from './lock-entry.js';

export interface Recovered {
  planned: PlannedAvatar;
  persona: Persona;
  /** the key's entry before the adoption: a replace's old id, superseded by `persona` */
  previous: LockEntry | undefined;
}

/**
 * Asks for the client (`deps.api()`) only if a mark needs a list: without marks it does
 * nothing. `owns` says which marks this run handles (a shard handles its own avatars'
 * marks only; the others belong to the shard that will merge them).
 */
export async function recoverInFlight(
  store: LockStore,
  work: readonly PlannedAvatar[],
  deps: EngineDeps,
  owns: (mark: InFlight) => boolean = () => true,
): Promise<Recovered[]> {
  const marks = store.current.in_flight ?? {};
  const keys = Object.keys(marks)
    .filter((key) => owns(marks[key]!))
    .sort();
  const recovered: Recovered[] = [];
  const toFind: string[] = [];
  for (const key of keys) {
    const mark = marks[key]!;
    if (mark.upload === true && mark.sent_at === undefined) {
      // The upload never went out whole (its last bytes wait for `sent_at`): nothing can
      // have been created from it.
      deps.reporter.debug(`${key}: an interrupted run's upload never finished; nothing to look for`);
      await store.update((lock) => void delete lock.in_flight?.[key]);
    } else {
      toFind.push(key);
    }
  }
  if (toFind.length === 0) return recovered;
  const api = deps.api();
  deps.reporter.info(`${toFind.length} create(s) of an interrupted run may have reached Creatify; looking for them before creating anything.`);
  const listed = await api.list(deps.signal ? { signal: deps.signal } : {});
  const known = knownIds(store.current.avatars);
  const taken = new Set<string>();
  const byKey = new Map(work.map((p) => [p.avatar.key, p]));

  for (const key of toFind) {
    const mark = marks[key]!;
    const match = findInterrupted(listed, mark, (id) => !known.has(id) && !taken.has(id));
    const planned = byKey.get(key);
    // (a mark without `upload` predates that field: its kind of source is not known)
    const sameSource = planned !== undefined && (mark.upload === undefined || mark.upload === (planned.avatar.lipsync.kind === 'file'));
    if (match && planned && sameSource && planned.fieldsDigest === mark.fields_digest) {
      taken.add(match.id);
      const { lipsync } = planned.avatar;
      if (lipsync.kind === 'file' && mark.sent_at !== undefined && mark.sha256 !== null) {
        // recorded as sent, so that a video changed since is seen as changed next time
        lipsync.sha256 = mark.sha256;
        if (mark.size !== undefined) lipsync.size = mark.size;
      } else {
        await fillDeferredHash(planned);
      }
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

/**
 * The avatar an interrupted create made: of the candidates, the first created after the
 * mark was written, else the newest within the clock-skew allowance before it.
 */
function findInterrupted(listed: readonly Persona[], mark: InFlight, free: (id: string) => boolean): Persona | undefined {
  const since = timestampMs(mark.started_at) ?? 0;
  const candidates = candidatesSince(listed, mark.creator_name, since, free);
  const after = candidates.filter((c) => c.created >= since).sort((a, b) => a.created - b.created);
  const before = candidates.filter((c) => c.created < since).sort((a, b) => b.created - a.created);
  return [...after, ...before][0]?.persona;
}
