/** The strict parsers of inputs and flags, the suggester behind "did you mean", and the default lockfile name. */
import { describe, expect, it } from 'vitest';
import { defaultLockfile } from '../src/input-schema.js';
import { cell } from '../src/report/markdown.js';
import { parseBoolean, parseCredential, parseDuration, parseHttpUrl, parseShard } from '../src/util/parse.js';
import { resolveMode } from '../src/action/mode.js';
import { closest } from '../src/util/suggest.js';

describe('input parsers throw on bad values', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['45', 45_000],
    ['500ms', 500],
  ])('duration %s', (text, ms) => expect(parseDuration('timeout', text)).toBe(ms));
  it.each(['', 'soon', '30 minutes', '-5s', '5d'])('duration %j is refused', (text) => {
    expect(() => parseDuration('timeout', text)).toThrow(/timeout/);
  });
  it('durations under a minimum are refused, saying the minimum', () => {
    expect(parseDuration('poll-interval', '1s', 1000)).toBe(1000);
    expect(parseDuration('poll-interval', '1', 1000)).toBe(1000);
    for (const text of ['0', '0s', '500ms', '0.5']) {
      expect(() => parseDuration('poll-interval', text, 1000)).toThrow(/poll-interval: .* expected a duration of at least 1s/);
    }
  });
  it('an API URL with credentials in it is refused, without repeating them', () => {
    expect(parseHttpUrl('api-url', 'http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    for (const url of ['https://user:s3cret@api.example.com', 'https://user@api.example.com']) {
      let message = '';
      try {
        parseHttpUrl('api-url', url);
      } catch (error) {
        message = String(error);
      }
      expect(message).toMatch(/api-url: the URL holds a user name or password/);
      expect(message).not.toMatch(/s3cret|user@/);
    }
  });
  it('a credential an HTTP header cannot carry is refused at once, without repeating it', () => {
    expect(parseCredential('api-key', '  sk-abc123  ')).toBe('sk-abc123');
    expect(parseCredential('api-key', '')).toBeUndefined();
    for (const bad of ['sk-abc\n123', 'sk abc', 'sk-ébc']) {
      expect(() => parseCredential('api-key', bad)).toThrow(/api-key holds characters an HTTP header cannot carry/);
      expect(() => parseCredential('api-key', bad)).not.toThrow(/abc/);
    }
  });
  it('auto plans on pull requests and merge queues, syncs otherwise', () => {
    for (const event of ['pull_request', 'pull_request_target', 'merge_group']) expect(resolveMode('auto', event)).toBe('plan');
    for (const event of ['push', 'workflow_dispatch', 'schedule', undefined]) expect(resolveMode('auto', event)).toBe('sync');
    expect(resolveMode('sync', 'pull_request')).toBe('sync');
  });
  it('booleans are exactly true or false', () => {
    expect(parseBoolean('x', 'true')).toBe(true);
    expect(parseBoolean('x', 'False')).toBe(false);
    expect(() => parseBoolean('x', 'yes')).toThrow(/true or false/);
  });
  it('shards', () => {
    expect(parseShard('shard', '2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('shard', '')).toBeUndefined();
    for (const bad of ['0/4', '5/4', '2', 'a/b']) expect(() => parseShard('shard', bad)).toThrow(/shard/);
  });
});

describe('names', () => {
  it('did you mean', () => {
    expect(closest('gendr', ['gender', 'keywords'])).toBe('gender');
    expect(closest('lipsync_inptu', ['lipsync_input', 'consent_video'])).toBe('lipsync_input');
    expect(closest('zzzzzz', ['gender'])).toBeUndefined();
  });
  it('default lockfile', () => {
    expect(defaultLockfile('avatars.yml')).toBe('avatars.lock.json');
    expect(defaultLockfile('config/team.yaml')).toBe('config/team.lock.json');
  });
  it('markdown cells render user text as text', () => {
    expect(cell('a|b <script> `x`')).toBe('a&#124;b &lt;script&gt; &#96;x&#96;');
  });
});
