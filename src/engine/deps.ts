/** The narrow ports the engine talks through; the action and the CLI each supply them. */
import type { CreatifyApi } from '../creatify/types.js';
import type { Clock } from '../util/clock.js';

export interface Reporter {
  info(line: string): void;
  warning(line: string): void;
  debug(line: string): void;
  /** upload progress of one avatar, for terminals; plain logs get periodic lines */
  progress?(key: string, sent: number, total: number): void;
  group?<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export interface EngineDeps {
  /** made lazily: plan needs no client at all */
  api: () => CreatifyApi;
  clock: Clock;
  reporter: Reporter;
  /** aborted on SIGINT/SIGTERM: stop starting work, write what is known */
  signal?: AbortSignal;
  /** called once, after the manifest is read and validated and before the lockfile is read */
  beforeLockfile?: () => Promise<void>;
}
