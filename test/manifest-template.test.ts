/** Placeholders in templated fields, and what kind of source a manifest value names. */
import { describe, expect, it } from 'vitest';
import { classifySource } from '../src/manifest/resolve.js';
import { fillPlaceholders, valuesForPath } from '../src/manifest/template.js';

describe('placeholders', () => {
  const values = valuesForPath('media/team/ana.smith.mp4', 3);
  it.each([
    ['{stem}', 'ana.smith'],
    ['{name}', 'ana.smith.mp4'],
    ['{dir}', 'team'],
    ['{index}', '3'],
    ['Team {stem} #{index}', 'Team ana.smith #3'],
    ['{{stem}}', '{stem}'],
    ['plain', 'plain'],
  ])('%s → %s', (template, expected) => {
    expect(fillPlaceholders(template, values)).toEqual({ value: expected });
  });
  it('names an unknown placeholder', () => {
    expect(fillPlaceholders('{stme}', values)).toEqual({ unknown: '{stme}' });
  });
});

describe('sources', () => {
  it.each([
    ['media/a.mp4', { kind: 'path', path: 'media/a.mp4' }],
    ['./media//a.mp4', { kind: 'path', path: 'media/a.mp4' }],
    ['media\\team\\a.mp4', { kind: 'path', path: 'media/team/a.mp4' }],
  ])('%s is a path', (raw, expected) => {
    expect(classifySource(raw)).toEqual(expected);
  });
  it.each([
    ['../a.mp4', /outside the repository/],
    ['media/../../a.mp4', /outside the repository/],
    ['/etc/passwd', /absolute path/],
    ['C:\\videos\\a.mp4', /absolute path/],
    ['http://cdn.example.com/a.mp4', /only https/],
    ['ftp://cdn.example.com/a.mp4', /only https/],
    ['media/a\u0000.mp4', /control character/],
  ])('%s is refused', (raw, message) => {
    const result = classifySource(raw);
    expect('problem' in result && result.problem).toMatch(message);
  });
  it('an https URL is a URL', () => {
    const result = classifySource('https://cdn.example.com/a.mp4');
    expect('kind' in result && result.kind).toBe('url');
  });
});
