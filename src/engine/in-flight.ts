/**
 * The in-flight mark protocol: how a create survives a crash without being made twice.
 *
 * 1. `begin`: before a create from URLs goes out, its mark is written to the lockfile.
 * 2. `sent`: an upload's mark is written just before the body's last bytes go out (until
 *    then the server cannot create anything from it), with the hash and size of the bytes
 *    sent; an upload needs no earlier mark, so it costs one write, not two.
 * 3. `record`: the avatar's entry is written and the mark cleared, in one write.
 *    `clear`: the create surely made nothing (refused, never sent whole).
 *
 * A mark left behind (a killed run, or a create whose outcome stayed unknown) is what the
 * next run looks for on Creatify before creating anything (recover.ts).
 */
import type { LockStore } from '../lock/lockfile.js';
import type { InFlight, LockEntry } from '../lock/schema.js';
import type { PlannedAvatar } from '../model.js';
import type { Clock } from '../util/clock.js';

/** An upload whose last bytes never went out (no `sent_at`): the server can have made nothing from it. */
export function neverSentWhole(mark: InFlight): boolean {
  return mark.upload && mark.sent_at === undefined;
}

export class InFlightMarks {
  constructor(
    private readonly store: LockStore,
    private readonly clock: Clock,
  ) {}

  /** The marks of the lockfile that `owns` accepts, by key. */
  left(owns: (mark: InFlight) => boolean): Array<[string, InFlight]> {
    const marks = this.store.current.in_flight ?? {};
    return Object.keys(marks)
      .sort()
      .filter((key) => owns(marks[key]!))
      .map((key) => [key, marks[key]!]);
  }

  entry(key: string): LockEntry | undefined {
    return this.store.get(key);
  }

  begin(planned: PlannedAvatar): Promise<void> {
    return this.store.apply({ in_flight: { [planned.avatar.key]: this.fresh(planned) } });
  }

  /** An upload's last bytes are about to go out: what the next run adopts must be what was sent. A resend keeps the first mark's start. */
  sent(planned: PlannedAvatar, sha256: string | null, size: number): Promise<void> {
    const { key } = planned.avatar;
    const mark = this.store.current.in_flight?.[key] ?? this.fresh(planned);
    return this.store.apply({ in_flight: { [key]: { ...mark, sha256, size, sent_at: this.now() } } });
  }

  record(key: string, entry: LockEntry): Promise<void> {
    return this.store.apply({ avatars: { [key]: entry }, in_flight: { [key]: null } });
  }

  clear(key: string): Promise<void> {
    if (this.store.current.in_flight?.[key] === undefined) return Promise.resolve();
    return this.store.apply({ in_flight: { [key]: null } });
  }

  private fresh(planned: PlannedAvatar): InFlight {
    const { avatar } = planned;
    return {
      creator_name: avatar.fields.creator_name,
      fields_digest: planned.fieldsDigest,
      sha256: avatar.lipsync.kind === 'file' ? avatar.lipsync.sha256 : null,
      started_at: this.now(),
      upload: avatar.lipsync.kind === 'file',
    };
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }
}
