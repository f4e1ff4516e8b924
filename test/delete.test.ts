/** The client's delete against the emulator: 204 done, 404 gone, retried like a read, refusals reported. */
import { afterEach, describe, expect, it } from 'vitest';
import { createCreatifyClient, type CreatifyClient } from '../src/creatify/client.js';
import type { RunningEmulator } from '../src/emulator/server.js';
import { hasCode, isAppError } from '../src/errors.js';
import { caught } from './helpers/caught.js';
import { API_ID, API_KEY, emulator } from './helpers/emulator.js';

const running: { em: RunningEmulator; client: CreatifyClient }[] = [];

async function setUp(quota = 3): Promise<{ em: RunningEmulator; client: CreatifyClient }> {
  const em = await emulator({ quota });
  const client = createCreatifyClient({
    baseUrl: em.url,
    apiId: API_ID,
    apiKey: API_KEY,
    userAgent: 'test',
    retry: { attempts: 4, baseMs: 10, factor: 2, capMs: 50, jitter: 'none', budgetMs: 5_000 },
  });
  running.push({ em, client });
  return { em, client };
}

afterEach(async () => {
  for (const { em, client } of running.splice(0)) {
    await client.close();
    await em.close();
  }
});

async function create(client: CreatifyClient, name: string): Promise<string> {
  const persona = await client.createFromUrls({ creator_name: name, gender: 'f', video_scene: 'office' }, `https://cdn.example.com/${name}.mp4`, undefined);
  return persona.id;
}

describe('delete(id)', () => {
  it('deletes (204) and frees the slot of a quota of 3; a second delete is gone (404)', async () => {
    const { client } = await setUp();
    const ids = [await create(client, 'A'), await create(client, 'B'), await create(client, 'C')];
    expect(await client.count()).toEqual({ max_count: 3, current_count: 3 });
    expect(await client.delete(ids[1]!)).toBe('deleted');
    expect(await client.count()).toEqual({ max_count: 3, current_count: 2 });
    expect((await client.list()).map((p) => p.id)).toEqual([ids[0], ids[2]]);
    expect(await client.delete(ids[1]!)).toBe('gone');
    expect(await client.delete('00000000-0000-4000-8000-000000000000')).toBe('gone');
  });

  it('is sent again after a 503 or a dropped connection, like a read', async () => {
    const { em, client } = await setUp();
    const id = await create(client, 'A');
    em.setFaults({ queue: [{ kind: '503', method: 'DELETE' }, { kind: 'drop', method: 'DELETE' }] });
    expect(await client.delete(id)).toBe('deleted');
    expect(em.state().requests.byRoute['DELETE /api/personas/{id}/']).toBe(3);
    expect(em.state().personas).toHaveLength(0);
  });

  it.each([400, 403] as const)('reports a refusal (%i, set with POST /_emulator/options) once, and the avatar stays', async (status) => {
    const { em, client } = await setUp();
    const id = await create(client, 'A');
    const answer = await fetch(`${em.url}/_emulator/options`, { method: 'POST', body: JSON.stringify({ refuseDeletes: status }) });
    expect(await answer.json()).toMatchObject({ refuseDeletes: status });
    const error = await caught(client.delete(id));
    expect(isAppError(error) && error.status).toBe(status);
    expect(hasCode(error, 'API_ERROR') || hasCode(error, 'AUTH_FAILED')).toBe(true);
    expect(em.state().requests.byRoute['DELETE /api/personas/{id}/']).toBe(1);
    expect(em.state().personas).toHaveLength(1);
    // an unknown id is still a 404, refusal or not
    expect(await client.delete('00000000-0000-4000-8000-000000000000')).toBe('gone');
    em.configure({ refuseDeletes: null });
    expect(await client.delete(id)).toBe('deleted');
  });
});
