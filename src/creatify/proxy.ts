/**
 * Which proxy the requests to an origin go through, for messages and redaction, and
 * whether the client needs undici's EnvHttpProxyAgent at all. This follows that agent's
 * rules (lower case first; an https origin falls back to the http proxy; NO_PROXY by
 * host, subdomain and port, `*` for none).
 */
export interface Proxy {
  /** scheme, host and port: safe to show */
  shown: string;
  /** its user name and password, to blank out of messages */
  secrets: string[];
}

function bypassed(url: URL, noProxy: string): boolean {
  if (noProxy.trim() === '*') return true;
  const host = url.hostname.toLowerCase();
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  return noProxy
    .split(/[,\s]/)
    .filter(Boolean)
    .some((entry) => {
      const [, name = entry, entryPort] = /^(.+):(\d+)$/.exec(entry) ?? [];
      const bare = name.replace(/^\*?\./, '').toLowerCase();
      return (!entryPort || Number(entryPort) === port) && (host === bare || host.endsWith(`.${bare}`));
    });
}

export function proxyFor(origin: string, env: NodeJS.ProcessEnv = process.env): Proxy | undefined {
  const url = new URL(origin);
  const http = env.http_proxy ?? env.HTTP_PROXY;
  const value = url.protocol === 'https:' ? (env.https_proxy ?? env.HTTPS_PROXY ?? http) : http;
  if (!value || bypassed(url, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined;
  try {
    const proxy = new URL(value);
    return { shown: `${proxy.protocol}//${proxy.host}`, secrets: [proxy.username, proxy.password].filter(Boolean).map(decodeURIComponent) };
  } catch {
    return { shown: '(an unreadable proxy URL)', secrets: [value] };
  }
}
