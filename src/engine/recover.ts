/**
 * Recovery from a run that died between sending a create and recording its answer, or
 * whose answer was lost: the lockfile's in-flight marks say which creates may have
 * happened. The account's avatars are listed once; a match is adopted, so the create is
 * never made twice.
 */
import { candidatesSince } from '../creatify/create-once.js';
import type { ListEvidence, ListVisibility } from '../creatify/list-visibility.js';
import { timestampMs } from '../creatify/persona.js';
import type { Persona } from '../creatify/types.js';
import { AppError } from '../errors.js';
import { hashFile } from '../files/hash.js';
import type { InFlight } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import type { CreateOutcome } from './create-avatar.js';
import type { EngineDeps } from './deps.js';
import { neverSentWhole, type InFlightMarks } from './in-flight.js';
import { entryForCreated, type SentVideo } from './lock-entry.js';

/**
 * Asks for the client (`deps.api()`) only if a mark needs a list: without marks it does
 * nothing. `owns` says which marks this run handles (a shard handles its own avatars'
 * marks only; the others belong to the shard that will merge them). `taken` holds the ids
 * never to adopt (every id of the lockfile); adopted ones are added to it. A mark whose
 * avatar is not found is cleared only where the list is known to show avatars under
 * review; elsewhere it stays, and its key is held: not created again in this run.
 */
export async function recoverInFlight(
  marks: InFlightMarks,
  work: readonly PlannedAvatar[],
  taken: Set<string>,
  deps: EngineDeps,
  owns: (mark: InFlight) => boolean,
  evidence: ListEvidence,
): Promise<CreateOutcome[]> {
  const toFind: Array<[string, InFlight]> = [];
  for (const [key, mark] of marks.left(owns)) {
    if (neverSentWhole(mark)) {
      // The upload never went out whole (its last bytes wait for `sent_at`): nothing can
      // have been created from it.
      deps.reporter.debug(`${key}: an interrupted run's upload never finished; nothing to look for`);
      await marks.clear(key);
    } else {
      toFind.push([key, mark]);
    }
  }
  if (toFind.length === 0) return [];
  deps.reporter.info(`${toFind.length} create(s) of an earlier run may have reached Creatify; looking for them before creating anything.`);
  return (await lookForMarked(toFind, marks, work, taken, deps, evidence)).outcomes;
}

export interface Looked {
  /** adopted avatars, and held keys (CREATE_UNCONFIRMED, their marks kept) */
  outcomes: CreateOutcome[];
  /** planned avatars whose marks were cleared: the list shows that nothing was created */
  cleared: PlannedAvatar[];
}

/** One list of the account's avatars decides each of `toFind`'s marks: adopt, clear or keep. */
export async function lookForMarked(
  toFind: ReadonlyArray<readonly [string, InFlight]>,
  marks: InFlightMarks,
  work: readonly PlannedAvatar[],
  taken: Set<string>,
  deps: EngineDeps,
  evidence: ListEvidence,
  /** only adopt: a mark whose avatar is not listed is left as it is, with no outcome */
  adoptOnly = false,
): Promise<Looked> {
  const signal = deps.signal ? { signal: deps.signal } : {};
  const askedAt = deps.clock.now();
  const all = await deps.api().list(signal);
  // by name: each mark looks only at its own name's avatars, however many marks there are
  const listed = new Map<string, Persona[]>();
  for (const persona of all) {
    const same = listed.get(persona.creator_name);
    if (same) same.push(persona);
    else listed.set(persona.creator_name, [persona]);
  }
  const byKey = new Map(work.map((p) => [p.avatar.key, p]));
  const looked: Looked = { outcomes: [], cleared: [] };
  let visibility: ListVisibility | undefined;

  for (const [key, mark] of toFind) {
    const match = findInterrupted(listed.get(mark.creator_name) ?? [], mark, (id) => !taken.has(id));
    const planned = byKey.get(key);
    const same = planned !== undefined && mark.upload === (planned.avatar.lipsync.kind === 'file') && planned.fieldsDigest === mark.fields_digest;
    if (match && planned && same) {
      taken.add(match.id);
      const sent = await sentVideo(planned, mark);
      const previous = marks.entry(key);
      await marks.record(key, entryForCreated(planned, match, previous, sent, new Date(deps.clock.now())));
      looked.outcomes.push({ kind: 'created', planned, persona: match, adopted: true, previous, sha256: sent.sha256 });
      deps.reporter.info(`Adopted ${key}: ${match.id}, created by an earlier run.`);
      continue;
    }
    if (match) {
      deps.reporter.warning(
        `an earlier run created ${match.id} for ${key}, but the manifest has changed since; it is not recorded (remove it in the Creatify app if unwanted)`,
      );
      await marks.clear(key);
      continue;
    }
    if (adoptOnly) continue;
    visibility ??= await evidence.learn(deps.api(), all, askedAt, deps.signal);
    if (visibility === 'shows') {
      deps.reporter.debug(`${key}: not on Creatify, whose list shows avatars under review: the earlier create made nothing`);
      await marks.clear(key);
      if (planned) looked.cleared.push(planned);
      continue;
    }
    const message = unconfirmedMessage(key, mark, visibility);
    // a manifest avatar's warning is the run's (result.ts); a mark whose key left the manifest is only kept
    if (planned) looked.outcomes.push(heldOutcome(planned, mark, message));
    else deps.reporter.warning(`${message}. ${SETTLE_HINT}`);
  }
  return looked;
}

/** What the user reads about a create that may have happened and cannot be found yet. */
function unconfirmedMessage(key: string, mark: InFlight, visibility: ListVisibility): string {
  const why =
    visibility === 'hides'
      ? "Creatify's list leaves out avatars under review"
      : "this run could not tell whether Creatify's list shows avatars under review";
  return `${key}: a create sent at ${mark.started_at} may have made an avatar that is not listed yet (${why}); it is not created again until it is found or settled`;
}

const SETTLE_HINT =
  'Each run looks for it again and records it once the list shows it (at the latest when Creatify approves it). ' +
  'If you find it in Creatify, run `creatify-avatars import <key> <id>`; if you know it was never created, `creatify-avatars import <key> --not-created`.';

function heldOutcome(planned: PlannedAvatar, mark: InFlight, message: string): CreateOutcome {
  return {
    kind: 'failed',
    planned,
    error: new AppError('CREATE_UNCONFIRMED', message, { hint: SETTLE_HINT }),
    uncertain: true,
    held: true,
    sha256: mark.sha256,
  };
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
