/**
 * `import`: brings under a manifest key an avatar that already exists on Creatify (made by
 * hand, lost from a lockfile, or a create whose answer was lost), or clears the in-flight
 * mark of a create that never became an avatar. Nothing is uploaded. The entry records
 * the key's video as it is now and the fields as Creatify holds them, so the next plan
 * compares the manifest with the avatar that really exists.
 */
import type { Config } from '../config.js';
import { reviewStatus, type ReviewStatus } from '../creatify/status.js';
import type { Persona, RequestOptions } from '../creatify/types.js';
import { AppError, isAppError } from '../errors.js';
import { hashFile } from '../files/hash.js';
import { LockStore, orderEntry, readLockfile } from '../lock/lockfile.js';
import type { LockEntry } from '../lock/schema.js';
import type { CreateFields, PlannedAvatar } from '../model.js';
import { fieldsDigest } from '../plan/digest.js';
import type { Plan } from '../plan/plan.js';
import type { Clock } from '../util/clock.js';
import { closest } from '../util/suggest.js';
import { entryForCreated, knownIds } from './lock-entry.js';
import { preparePlan } from './plan.js';

export interface ImportApi {
  get(id: string, options?: RequestOptions): Promise<Persona>;
  /** the account's own avatars */
  list(options?: RequestOptions): Promise<Persona[]>;
  /** the ids of Creatify's stock catalogue */
  catalogueIds(options?: RequestOptions): Promise<string[]>;
}

export type ImportRequest =
  | { form: 'id'; key: string; id: string; replace: boolean; force: boolean }
  | { form: 'not-created'; key: string }
  | { form: 'all-by-name' };

interface Imported {
  key: string;
  id: string;
  creator_name: string;
  status: ReviewStatus;
  /** the id the key had before, now superseded */
  supersedes: string | null;
  /** the key's in-flight mark was cleared with it */
  cleared_mark: boolean;
  /** where Creatify's avatar differs from the manifest: the next sync replaces it */
  differences: string[];
}

interface Skipped {
  key: string;
  creator_name: string;
  /** the account's avatars of that name not held by another key */
  candidates: string[];
  reason: string;
}

export interface ImportReport {
  imported: Imported[];
  /** keys whose in-flight mark was cleared by `--not-created` */
  cleared: string[];
  skipped: Skipped[];
  lockfileChanged: boolean;
}

function refused(message: string, hint: string): AppError {
  return new AppError('IMPORT_REFUSED', message, { hint });
}

export async function runImport(config: Config, request: ImportRequest, api: () => ImportApi, clock: Clock): Promise<ImportReport> {
  if (request.form === 'not-created') {
    // the manifest is not needed: the key may have left it since
    const { lock, text } = await readLockfile(config.lockfile.absolute, config.lockfile.display, config.workspace);
    const store = new LockStore(config.lockfile.absolute, config.lockfile.display, lock);
    await clearMark(store, request.key);
    await store.close();
    return { imported: [], cleared: [request.key], skipped: [], lockfileChanged: store.changedSince(text) };
  }
  const { plan, lock, lockText } = await preparePlan(config);
  const store = new LockStore(config.lockfile.absolute, config.lockfile.display, lock);
  const now = new Date(clock.now());
  try {
    const report =
      request.form === 'id'
        ? { imported: [await importById(plan, store, api(), request, now, config.manifest.display)], skipped: [] }
        : await importAllByName(plan, store, api(), now);
    await store.close();
    return { ...report, cleared: [], lockfileChanged: store.changedSince(lockText) };
  } catch (error) {
    // what was adopted before the failure is in the journal: folded in, or left for the next run
    await store.fold();
    throw error;
  }
}

async function clearMark(store: LockStore, key: string): Promise<void> {
  const marked = Object.keys(store.current.in_flight ?? {});
  if (!marked.includes(key)) {
    const guess = closest(key, marked);
    throw refused(
      `no create of "${key}" is marked in flight in ${store.displayPath}`,
      guess ? `did you mean "${guess}"?` : marked.length > 0 ? `marked: ${marked.join(', ')}` : 'no create is marked; there is nothing to clear',
    );
  }
  await store.apply({ in_flight: { [key]: null } });
}

function plannedFor(plan: Plan, key: string, manifest: string): PlannedAvatar {
  const planned = plan.avatars.find((p) => p.avatar.key === key);
  if (planned) return planned;
  const guess = closest(key, plan.avatars.map((p) => p.avatar.key));
  throw refused(`"${key}" is not a key of ${manifest}`, guess ? `did you mean "${guess}"?` : 'run creatify-avatars plan to see the keys');
}

async function importById(
  plan: Plan,
  store: LockStore,
  api: ImportApi,
  request: { key: string; id: string; replace: boolean; force: boolean },
  now: Date,
  manifest: string,
): Promise<Imported> {
  const planned = plannedFor(plan, request.key, manifest);
  const { key } = request;
  // the id as Creatify spells it, whatever the spelling given
  const persona = await customAvatar(api, request.id);
  const { id } = persona;
  const previous = store.get(key);
  const holder = Object.entries(store.current.avatars).find(([k, e]) => (k !== key && e.id === id) || e.superseded?.some((s) => s.id === id));
  if (holder) {
    throw refused(`${id} is already in ${store.displayPath} under "${holder[0]}"${holder[1].id === id ? '' : ', superseded'}`, 'one Creatify avatar stands for one key only');
  }
  // a key with both an entry and a mark lost the answer of its replace: adopting that is what is asked
  const replacing = request.replace || store.current.in_flight?.[key] !== undefined;
  if (previous && previous.id !== id && !replacing) {
    throw refused(`"${key}" already has the avatar ${previous.id} in ${store.displayPath}`, `pass --replace to adopt ${id} in its place (${previous.id} is then recorded as superseded)`);
  }
  const { fields, location } = planned.avatar;
  if (persona.creator_name !== fields.creator_name && !request.force) {
    throw refused(
      `the avatar ${id} is named "${persona.creator_name}" on Creatify, but "${key}" is named "${fields.creator_name}" (${location.file}:${location.line})`,
      `check the id; to adopt it all the same pass --force (then the next sync replaces it, unless the manifest's creator_name becomes "${persona.creator_name}")`,
    );
  }
  return adopt(store, planned, persona, now);
}

/** The avatar, refused when it does not exist or is one of Creatify's stock avatars. */
async function customAvatar(api: ImportApi, id: string): Promise<Persona> {
  let persona: Persona;
  try {
    persona = await api.get(id);
  } catch (error) {
    if (!isAppError(error) || error.status !== 404) throw error;
    throw refused(`Creatify has no avatar ${id} on this account`, "check the id, and that the credentials are those of the workspace that holds it");
  }
  // The account's own list may leave out an avatar under review, so only one that the
  // catalogue lists and the account's list does not is taken for a stock avatar.
  if (!(await api.list()).some((p) => p.id === persona.id) && (await api.catalogueIds()).includes(persona.id)) {
    throw refused(`${id} ("${persona.creator_name}") is a stock avatar of Creatify's catalogue, not one of this account's`, 'only custom avatars can be imported');
  }
  return persona;
}

/**
 * For every key without an entry, the account's only avatar of its creator_name that no
 * other key holds; keys with none, several, or a name shared with another such key are
 * skipped and listed.
 */
async function importAllByName(plan: Plan, store: LockStore, api: ImportApi, now: Date): Promise<Pick<ImportReport, 'imported' | 'skipped'>> {
  const open = plan.avatars.filter((p) => store.get(p.avatar.key) === undefined).sort((a, b) => (a.avatar.key < b.avatar.key ? -1 : 1));
  const report: Pick<ImportReport, 'imported' | 'skipped'> = { imported: [], skipped: [] };
  if (open.length === 0) return report;
  const taken = knownIds(store.current.avatars);
  const byName = new Map<string, Persona[]>();
  for (const persona of await api.list()) {
    if (!taken.has(persona.id)) byName.set(persona.creator_name, [...(byName.get(persona.creator_name) ?? []), persona]);
  }
  const keysOfName = new Map<string, number>();
  for (const p of open) keysOfName.set(p.avatar.fields.creator_name, (keysOfName.get(p.avatar.fields.creator_name) ?? 0) + 1);
  for (const planned of open) {
    const { key, fields } = planned.avatar;
    const name = fields.creator_name;
    const candidates = byName.get(name) ?? [];
    const sharing = keysOfName.get(name) ?? 0;
    if (candidates.length === 1 && sharing === 1) {
      report.imported.push(await adopt(store, planned, candidates[0]!, now));
      continue;
    }
    const reason =
      sharing > 1
        ? `${sharing} keys without an entry are named "${name}"`
        : candidates.length === 0
          ? `no avatar named "${name}" on the account (one still under review may not be listed yet)`
          : `${candidates.length} avatars named "${name}" on the account`;
    report.skipped.push({ key, creator_name: name, candidates: candidates.map((c) => c.id), reason });
  }
  return report;
}

async function adopt(store: LockStore, planned: PlannedAvatar, persona: Persona, now: Date): Promise<Imported> {
  const { avatar } = planned;
  const held = heldFields(avatar.fields, persona);
  const { lipsync } = avatar;
  const video = lipsync.kind === 'url' ? { sha256: null, size: null } : lipsync.sha256 !== null ? { sha256: lipsync.sha256, size: lipsync.size } : await hashFile(lipsync.absolutePath);
  const asHeld: PlannedAvatar = { ...planned, avatar: { ...avatar, fields: held }, fieldsDigest: fieldsDigest(held, lipsync, avatar.consent) };
  const previous = store.get(avatar.key);
  const marked = store.current.in_flight?.[avatar.key] !== undefined;
  const entry = entryForCreated(asHeld, persona, previous, video, now);
  if (previous?.id === persona.id) {
    // imported again: the entry is refreshed, its history kept
    entry.created_at = previous.created_at;
    if (previous.superseded) entry.superseded = previous.superseded;
  }
  const same = previous !== undefined && sameEntry(previous, { ...entry, updated_at: previous.updated_at });
  // the entry and the cleared mark in one change: a crash leaves both or neither
  if (!same || marked) await store.apply({ avatars: { [avatar.key]: same ? previous : entry }, ...(marked ? { in_flight: { [avatar.key]: null } } : {}) });
  return {
    key: avatar.key,
    id: persona.id,
    creator_name: persona.creator_name,
    status: reviewStatus(persona),
    supersedes: previous && previous.id !== persona.id ? previous.id : null,
    cleared_mark: marked,
    differences: DIFFERING.filter((name) => held[name] !== avatar.fields[name]).map(
      (name) => `${name} is ${shown(held[name])} on Creatify, ${shown(avatar.fields[name])} in the manifest`,
    ),
  };
}

function sameEntry(a: LockEntry, b: LockEntry): boolean {
  return JSON.stringify(orderEntry(a)) === JSON.stringify(orderEntry(b));
}

const DIFFERING = ['creator_name', 'gender', 'video_scene', 'keywords'] as const;

const shown = (value: string | undefined): string => (value === undefined ? 'empty' : `"${value}"`);

/**
 * The manifest's fields as Creatify holds them, where its answer shows them (it shows no
 * labels nor webhook_url; those are taken as sent).
 */
function heldFields(fields: CreateFields, persona: Persona): CreateFields {
  const held: CreateFields = { ...fields, creator_name: persona.creator_name };
  const { gender } = persona;
  if (gender === 'm' || gender === 'f' || gender === 'nb') held.gender = gender;
  for (const name of ['video_scene', 'keywords'] as const) {
    const value = persona[name];
    if (typeof value === 'string' && value !== '') held[name] = value;
    else if (value === null || value === '') delete held[name];
  }
  return held;
}
