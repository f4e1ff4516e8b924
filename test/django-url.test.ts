/**
 * Django's URLValidator rules, which Creatify's framework applies to every URL field:
 * what they accept and refuse, and the reason given for each refusal.
 */
import { describe, expect, it } from 'vitest';
import { urlProblem } from '../src/util/django-url.js';

const HTTPS = ['https'];

describe('urls Django accepts', () => {
  it.each([
    'https://example.com',
    'https://example.com/',
    'https://EXAMPLE.COM/Path?q=1#frag',
    'https://hooks.example.co.uk:8443/x',
    'https://a-b.c-d.example.com/x',
    'https://example.com./x',
    'https://localhost/x',
    'https://localhost:3000',
    'https://127.0.0.1/x',
    'https://0.0.0.0:80',
    'https://[::1]/x',
    'https://[2001:db8::ff00:42:8329]:443/x',
    'https://user:secret@example.com/x',
    'https://user@example.com',
    'https://bücher.example/x',
    'https://例え.テスト/x',
    'https://xn--bcher-kva.example/x',
    'https://example.xn--p1ai/x',
    'https://😀.example.com/x',
    `https://${'a'.repeat(63)}.com/`,
    `https://example.com/${'p'.repeat(2048 - 'https://example.com/'.length)}`,
  ])('%s', (url) => {
    expect(urlProblem(url, HTTPS)).toBeUndefined();
  });

  it('takes the schemes asked for, in any case', () => {
    expect(urlProblem('HTTPS://example.com', HTTPS)).toBeUndefined();
    expect(urlProblem('ftp://example.com/a', ['http', 'https', 'ftp', 'ftps'])).toBeUndefined();
  });
});

describe('urls Django refuses, and why', () => {
  it.each([
    ['https://my_hooks.example.com/x', 'has the host "my_hooks.example.com", which holds "_": host names may hold only letters, digits, hyphens and dots'],
    ['https://-a.example.com/x', 'has the host "-a.example.com", where "-a" starts or ends with a hyphen'],
    ['https://a-.example.com/x', 'has the host "a-.example.com", where "a-" starts or ends with a hyphen'],
    ['https://example.-com/x', 'has the host "example.-com", where "-com" starts or ends with a hyphen'],
    ['https://intranet/x', 'has the host "intranet" without a top-level domain such as .com (only localhost may go without one)'],
    ['https://example.c/x', 'has the top-level domain "c", which is not 2 to 63 letters (nor an xn-- name)'],
    ['https://example.123/x', 'has the top-level domain "123", which is not 2 to 63 letters (nor an xn-- name)'],
    ['https://example..com/x', 'has an empty part in its host "example..com" (two dots in a row, or a leading dot)'],
    ['https://.example.com/x', 'has an empty part in its host ".example.com" (two dots in a row, or a leading dot)'],
    [`https://${'a'.repeat(64)}.com/`, 'has a host name part longer than 63 characters'],
    [`https://${'abcdefghi.'.repeat(26)}com/`, 'has a host name longer than 253 characters'],
    ['https://256.1.1.1/x', 'has an invalid IPv4 address "256.1.1.1"'],
    ['https://01.1.1.1/x', 'has an invalid IPv4 address "01.1.1.1"'],
    ['https://[::1/x', 'has an IPv6 address without its closing ]'],
    ['https://[1:2:3]/x', 'has an invalid IPv6 address "1:2:3"'],
    ['https://[fe80::1%eth0]/x', 'has an invalid IPv6 address "fe80::1%eth0"'],
    ['https://example.com:123456/x', 'has an invalid port "123456" (1 to 5 digits)'],
    ['https://example.com:/x', 'has an invalid port "" (1 to 5 digits)'],
    ['https://example.com:80a/x', 'has an invalid port "80a" (1 to 5 digits)'],
    ['https://:pw@example.com/x', 'has a malformed user:password@ part'],
    ['https://a@b@example.com/x', 'has a malformed user:password@ part'],
    ['https:///x', 'has no host'],
    ['https://example.com/a b', 'holds a space or a line break (write a space as %20)'],
    ['https://example.com/a\nb', 'holds a space or a line break (write a space as %20)'],
    ['http://example.com/x', 'does not start with https://'],
    ['example.com/x', 'does not start with https://'],
    [`https://example.com/${'p'.repeat(2049 - 'https://example.com/'.length)}`, 'is longer than 2048 characters'],
  ])('%s', (url, reason) => {
    expect(urlProblem(url, HTTPS)).toBe(reason);
  });

  it('names every scheme allowed', () => {
    expect(urlProblem('gopher://example.com', ['http', 'https'])).toBe('does not start with http:// or https://');
  });
});
