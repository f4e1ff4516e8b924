/** Runs a mode on a config. */
import { setMaxListeners } from 'node:events';
import type { Config } from '../config.js';
import type { EngineDeps } from './deps.js';
import { runPlan } from './plan.js';
import type { RunResult } from './result.js';
import { runStatus } from './status.js';
import { runSync } from './sync.js';

export function runMode(config: Config, deps: EngineDeps): Promise<RunResult> {
  // every create waiting, settling or sending listens to the run's signal at once: many listeners are expected, not a leak
  if (deps.signal) setMaxListeners(0, deps.signal);
  switch (config.mode) {
    case 'plan':
      return runPlan(config);
    case 'sync':
      return runSync(config, deps);
    case 'status':
      return runStatus(config, deps);
  }
}
