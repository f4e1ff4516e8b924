/**
 * The check run of a plan: created in progress, then completed with the plan as its
 * summary and the manifest's problems as annotations, at most 50 a request.
 */
import type { Problem } from '../errors.js';
import { formatProblem } from '../errors.js';
import { byteLength } from '../report/markdown.js';
import { NO_RETRY, type GitHubClient } from './client.js';
import type { GitHubContext } from '../util/github-context.js';

const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for a check run's summary and text */
const CHECK_TEXT_LIMIT_BYTES = 65_535;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

export interface CheckRunContent {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: Annotation[];
}

/** A problem without a place goes on the manifest's first line, so it is still seen. */
export function annotationsFor(problems: readonly Problem[], manifest: string): Annotation[] {
  return problems.map((problem) => {
    const loc = problem.location;
    const line = loc?.line ?? 1;
    const endLine = loc?.endLine ?? line;
    const sameLine = endLine === line && loc !== undefined;
    return {
      path: loc?.file ?? manifest,
      start_line: line,
      end_line: endLine,
      ...(sameLine ? { start_column: loc.column, end_column: loc.endColumn ?? loc.column } : {}),
      annotation_level: 'failure',
      message: clip(formatProblem({ ...problem, location: undefined }), 60_000),
      title: clip(problem.path ? `Creatify avatars manifest: ${problem.path}` : 'Creatify avatars manifest', 255),
    };
  });
}

function clip(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let chars = Array.from(text);
  while (byteLength(chars.join('')) > maxBytes - 3) chars = chars.slice(0, Math.floor(chars.length * 0.9));
  return `${chars.join('')}…`;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Returns the check run's id. */
export async function publishCheckRun(client: GitHubClient, gh: GitHubContext, content: CheckRunContent): Promise<number> {
  const base = { owner: gh.owner, repo: gh.repo };
  const created = await client.rest.checks.create({
    ...base,
    name: content.name,
    head_sha: gh.sha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(gh.runUrl ? { details_url: gh.runUrl } : {}),
    request: NO_RETRY,
  });
  const id = created.data.id;
  const output = { title: clip(content.title, 1000), summary: clip(content.summary, CHECK_TEXT_LIMIT_BYTES) };
  const batches = chunk(content.annotations, ANNOTATIONS_PER_REQUEST);
  try {
    // GitHub appends the annotations of each update to the ones already there
    for (const batch of batches.slice(0, -1)) {
      await client.rest.checks.update({ ...base, check_run_id: id, output: { ...output, annotations: batch } });
    }
  } finally {
    // completed even when a batch failed: a check run must not stay in progress
    await client.rest.checks.update({
      ...base,
      check_run_id: id,
      status: 'completed',
      conclusion: content.conclusion,
      completed_at: new Date().toISOString(),
      output: { ...output, annotations: batches.at(-1) ?? [] },
    });
  }
  return id;
}
