const DEFAULT_PORTS: Record<string, string> = { 'https:': '443', 'wss:': '443', 'http:': '80', 'ws:': '80' };

/**
 * The URL as given plus the same URL with the default port added or removed: Twilio is not
 * consistent about `:443`, so a signature over either form is accepted.
 */
export function portVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  const defaultPort = DEFAULT_PORTS[parsed.protocol];
  if (!defaultPort) return [url];
  const authority = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(url);
  if (!authority) return [url];
  const [, scheme, host = '', rest] = authority;
  const explicit = host.endsWith(`:${defaultPort}`);
  const other = explicit
    ? host.slice(0, -(defaultPort.length + 1))
    : parsed.port
      ? undefined
      : `${host}:${defaultPort}`;
  return other === undefined ? [url] : [url, `${scheme}${other}${rest}`];
}

/** The URL and the same URL with its path's trailing slash toggled (routing may add or drop it). */
export function slashVariants(url: string): string[] {
  const queryStart = url.search(/[?#]/);
  const base = queryStart === -1 ? url : url.slice(0, queryStart);
  const rest = queryStart === -1 ? '' : url.slice(queryStart);
  const toggled = base.endsWith('/') ? base.slice(0, -1) : `${base}/`;
  return [url, toggled + rest];
}
