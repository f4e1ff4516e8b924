/** The built command line as a process, in a workspace with a small manifest. */
import { BIN, runNode } from './action.js';
import type { NodeOptions, NodeRun } from './action.js';
import { makeWorkspace, video } from './workspace.js';

/** A workspace whose avatars.yml names `count` avatars, each with its own video. */
export function manifestWorkspace(count = 1, extra: Record<string, string> = {}): string {
  const files: Record<string, string | Buffer> = { ...extra };
  const lines = ['version: 1', 'defaults:', '  gender: f', '  video_scene: office', 'avatars:'];
  for (let i = 1; i <= count; i++) {
    lines.push(`  - creator_name: person-${i}`, `    lipsync_input: media/p${i}.mp4`);
    files[`media/p${i}.mp4`] = video(`p${i}`);
  }
  files['avatars.yml'] = `${lines.join('\n')}\n`;
  return makeWorkspace(files);
}

/** `creatify-avatars ...args` in `cwd`, with only PATH and `env` in its environment. */
export function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, options: Partial<NodeOptions> = {}): Promise<NodeRun> {
  return runNode(BIN, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeoutMs: 60_000, ...options });
}
