// Types for scripts/lint-workflows.mjs, so TypeScript tests can import it checked.

export interface WorkflowProblem {
  line: number;
  column: number;
  message: string;
}

export function checkWorkflow(text: string): WorkflowProblem[];
export function actionlint(): Promise<(text: string, file: string) => Promise<WorkflowProblem[]>>;
export function workflowFiles(root?: string): string[];
export function lintWorkflows(files?: string[], root?: string): Promise<string[]>;
