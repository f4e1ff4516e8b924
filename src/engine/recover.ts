/**
 * Recovery from a run that died between sending a create and recording its answer: the
 * lockfile's in-flight marks say which creates may have happened. The account's avatars
 * are listed once; a match is adopted, so the interrupted create is never made twice.
 */
import { candidatesSince } from '../creatify/create-once.js';
import { timestampMs } from '../creatify/persona.js';
import type { Persona } from '../creatify/types.js';
import { hashFile } from '../files/hash.js';
import type { InFlight } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import type { CreateOutcome } from './create-avatar.js';
import type { EngineDeps } from './deps.js';
import type { InFlightMarks } from './in-flight.js';
import { entryForCreated, type SentVideo } from './lock-entry.js';

/**
 * Asks for the client (`deps.api()`) only if a mark needs a list: without marks it does
 * nothing. `owns` says which marks this run handles (a shard handles its own avatars'
 * marks only; the others belong to the shard that will merge them). `taken` holds the ids
 * never to adopt (every id of the lockfile); adopted ones are added to it.
 */
export async function recoverInFlight(
  marks: InFlightMarks,
  work: readonly PlannedAvatar[],
  taken: Set<string>,
  deps: EngineDeps,
  owns: (mark: InFlight) => boolean,
): Promise<CreateOutcome[]> {
  const toFind: Array<[string, InFlight]> = [];
  for (const [key, mark] of marks.left(owns)) {
    if (mark.upload && mark.sent_at === undefined) {
      // The upload never went out whole (its last bytes wait for `sent_at`): nothing can
      // have been created from it.
      deps.reporter.debug(`${key}: an interrupted run's upload never finished; nothing to look for`);
      await marks.clear(key);
    } else {
      toFind.push([key, mark]);
    }
  }
  if (toFind.length === 0) return [];
  deps.reporter.info(`${toFind.length} create(s) of an interrupted run may have reached Creatify; looking for them before creating anything.`);
  // by name: each mark looks only at its own name's avatars, however many marks there are
  const listed = new Map<string, Persona[]>();
  for (const persona of await deps.api().list(deps.signal ? { signal: deps.signal } : {})) {
    const same = listed.get(persona.creator_name);
    if (same) same.push(persona);
    else listed.set(persona.creator_name, [persona]);
  }
  const byKey = new Map(work.map((p) => [p.avatar.key, p]));
  const outcomes: CreateOutcome[] = [];

  for (const [key, mark] of toFind) {
    const match = findInterrupted(listed.get(mark.creator_name) ?? [], mark, (id) => !taken.has(id));
    const planned = byKey.get(key);
    const same = planned !== undefined && mark.upload === (planned.avatar.lipsync.kind === 'file') && planned.fieldsDigest === mark.fields_digest;
    if (!match || !planned || !same) {
      if (match) {
        deps.reporter.warning(
          `an interrupted run created ${match.id} for ${key}, but the manifest has changed since; it is not recorded (remove it in the Creatify app if unwanted)`,
        );
      }
      await marks.clear(key);
      continue;
    }
    taken.add(match.id);
    const sent = await sentVideo(planned, mark);
    const previous = marks.entry(key);
    await marks.record(key, entryForCreated(planned, match, previous, sent, new Date(deps.clock.now())));
    outcomes.push({ kind: 'created', planned, persona: match, adopted: true, previous, sha256: sent.sha256 });
    deps.reporter.info(`Adopted ${key}: ${match.id}, created by the interrupted run.`);
  }
  return outcomes;
}

/**
 * What the interrupted create sent: the mark's record of the bytes (so that a video
 * changed since is seen as changed next time), else the file as it is now.
 */
async function sentVideo(planned: PlannedAvatar, mark: InFlight): Promise<SentVideo> {
  const { lipsync } = planned.avatar;
  if (lipsync.kind === 'url') return { sha256: null, size: null };
  if (mark.sent_at !== undefined && mark.sha256 !== null) return { sha256: mark.sha256, size: mark.size ?? lipsync.size };
  return { sha256: lipsync.sha256 ?? (await hashFile(lipsync.absolutePath)).sha256, size: lipsync.size };
}

/**
 * The avatar an interrupted create made: of the candidates, the first created after the
 * mark was written, else the newest within the clock-skew allowance before it.
 */
export function findInterrupted(listed: readonly Persona[], mark: InFlight, free: (id: string) => boolean): Persona | undefined {
  const since = timestampMs(mark.started_at) ?? 0;
  const candidates = candidatesSince(listed, mark.creator_name, since, free);
  const after = candidates.filter((c) => c.created >= since).sort((a, b) => a.created - b.created);
  const before = candidates.filter((c) => c.created < since).sort((a, b) => b.created - a.created);
  return [...after, ...before][0]?.persona;
}
