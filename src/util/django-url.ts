/**
 * The rules of Django's URLValidator, which a URLField of Django REST Framework applies,
 * each refusal told with its reason: a server built on Django refuses what these refuse,
 * so a client can refuse it first, where the user can still fix it.
 *
 * One deliberate difference: the host ends at the first `/`, `?` or `#`, as URL parsers
 * split it, where Django's pattern lets a user name hold `?` or `#`; such URLs are refused.
 */
import { isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';

/** Django refuses longer URLs outright (since its 2023 security releases). */
const MAX_URL = 2048;
/** RFC 1034: a host name of at most 253 characters, labels of at most 63. */
const MAX_HOST = 253;
const MAX_LABEL = 63;

/** Django counts every code point from U+00A1 to U+FFFF as a letter of a host name. */
const LABEL_CHAR = /^[a-z0-9\u00a1-\uffff-]$/iu;
const TLD = /^(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})$/iu;
const OCTET = '(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

const length = (text: string): number => [...text].length;

/**
 * Why Django would refuse `value` as a URL with one of `schemes` (lower case), or
 * undefined when it accepts it. The reason reads after "the URL …", e.g. "has no host".
 */
export function urlProblem(value: string, schemes: readonly string[]): string | undefined {
  if (length(value) > MAX_URL) return `is longer than ${MAX_URL} characters`;
  if (/\s/u.test(value)) return 'holds a space or a line break (write a space as %20)';
  const separator = value.indexOf('://');
  const scheme = (separator < 0 ? value : value.slice(0, separator)).toLowerCase();
  if (separator < 0 || !schemes.includes(scheme)) return `does not start with ${schemes.map((s) => `${s}://`).join(' or ')}`;

  const rest = value.slice(separator + 3);
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0 && !/^[^:@]+(?::[^:@]*)?$/.test(authority.slice(0, at))) return 'has a malformed user:password@ part';
  const hostAndPort = authority.slice(at + 1);
  const bracketed = hostAndPort.startsWith('[');
  const hostEnd = bracketed ? hostAndPort.indexOf(']') + 1 : hostAndPort.search(/:|$/);
  if (bracketed && hostEnd === 0) return 'has an IPv6 address without its closing ]';
  const host = hostAndPort.slice(0, hostEnd);
  const port = hostAndPort.slice(hostEnd);
  if (port !== '' && !/^:[0-9]{1,5}$/.test(port)) return `has an invalid port "${port.slice(1)}" (1 to 5 digits)`;
  return hostProblem(host);
}

function hostProblem(host: string): string | undefined {
  if (host === '') return 'has no host';
  if (host.startsWith('[')) {
    const address = host.slice(1, -1);
    return /^[0-9a-f:.]+$/i.test(address) && isIPv6(address) ? undefined : `has an invalid IPv6 address "${address}"`;
  }
  if (IPV4.test(host) || host.toLowerCase() === 'localhost') return undefined;
  if (/^[0-9.]+$/.test(host)) return `has an invalid IPv4 address "${host}"`;
  if (length(host) > MAX_HOST) return `has a host name longer than ${MAX_HOST} characters`;
  const problem = hostNameProblem(host);
  if (problem === undefined || !/\P{ASCII}/u.test(host)) return problem;
  // Django tries an international name again in its ASCII (punycode) form
  const ascii = domainToASCII(host);
  return ascii !== '' && hostNameProblem(ascii) === undefined ? undefined : problem;
}

function hostNameProblem(host: string): string | undefined {
  // a trailing dot (an absolute name) is allowed after the top-level domain
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.length < 2) return `has the host "${host}" without a top-level domain such as .com (only localhost may go without one)`;
  for (const label of labels) {
    if (label === '') return `has an empty part in its host "${host}" (two dots in a row, or a leading dot)`;
    if (length(label) > MAX_LABEL) return `has a host name part longer than ${MAX_LABEL} characters`;
    const wrong = [...label].find((c) => !LABEL_CHAR.test(c));
    if (wrong !== undefined) return `has the host "${host}", which holds "${wrong}": host names may hold only letters, digits, hyphens and dots`;
    if (label.startsWith('-') || label.endsWith('-')) return `has the host "${host}", where "${label}" starts or ends with a hyphen`;
  }
  const tld = labels.at(-1) ?? '';
  if (!TLD.test(tld)) return `has the top-level domain "${tld}", which is not 2 to 63 letters (nor an xn-- name)`;
  return undefined;
}

/** What Creatify's URL check (Django's) accepts, in a sentence. */
export const URL_RULES =
  'Creatify checks URLs by Django\'s rules: a host name of letters, digits and hyphens (no "_") ending in a top-level domain such as .com, or an IP address, and no spaces';
