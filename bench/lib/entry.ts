// What bench/run.ts gives each entry, and what an entry is.
import type { Row } from './format.js';

export interface Context {
  /** the repository */
  root: string;
  /** the copy of dist/index.js being measured */
  dist: string;
  /** scratch space under .bench/work/ */
  work: string;
  /** TMPDIR for the measured processes */
  tmp: string;
  quick: boolean;
  keep: boolean;
  log: (line: string) => void;
}

export interface Entry {
  name: string;
  run(ctx: Context): Promise<Row[]>;
}
