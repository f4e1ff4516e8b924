// Types for scripts/self-test.mjs, so TypeScript tests can import it checked.

export const WORKFLOW: string;

export interface ReplayedStep {
  id: string | undefined;
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs?: Record<string, string>;
  summary?: string;
}

export function readOutputs(text: string): Record<string, string>;
export function actionInputs(
  action: { inputs?: Record<string, { default?: unknown } | null> },
  withValues: Record<string, unknown> | undefined,
  context: Record<string, unknown>,
): Record<string, string>;
export function layOutWorkspace(root: string, into: string): void;
export function replay(options?: { root?: string; log?: (line: string) => void; keep?: boolean }): Promise<{ ok: boolean; steps: ReplayedStep[]; workspace: string }>;
