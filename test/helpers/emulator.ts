/** The emulator as a real server on 127.0.0.1, port 0, for whole-action tests. */
import { startEmulator } from '../../src/emulator/server.js';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/server.js';

export const API_ID = 'test-api-id-7f3a';
export const API_KEY = 'sk-test-9d8c7b6a5f4e3d2c1b0a';

export function emulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ credentials: { apiId: API_ID, apiKey: API_KEY }, approveAfterMs: 60_000, ...options });
}

/** The inputs every sync test passes, pointing the action at the emulator (or a proxy in front of it). */
export function apiInputs(emu: { url: string }, extra: Record<string, string> = {}): Record<string, string> {
  return { 'api-id': API_ID, 'api-key': API_KEY, 'api-url': emu.url, mode: 'sync', ...extra };
}
