/** Runs a mode on a config. Sync and status load their code only when used. */
import type { Config } from '../config.js';
import type { EngineDeps } from './deps.js';
import { runPlan } from './plan.js';
import type { RunResult } from './result.js';

export async function runMode(config: Config, deps: EngineDeps): Promise<RunResult> {
  switch (config.mode) {
    case 'plan':
      return runPlan(config);
    case 'sync': {
      const { runSync } = await import('./sync.js');
      return runSync(config, deps);
    }
    case 'status': {
      const { runStatus } = await import('./status.js');
      return runStatus(config, deps);
    }
  }
}
