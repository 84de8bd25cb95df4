import type { EmulatorExtension } from '@parley/realtime-emulator';

/**
 * Serves a test page from the emulator's own origin (an emulator extension), so the page's
 * `fetch` to `/v1/realtime/calls` needs no CORS and `getUserMedia` sees a secure origin.
 */
export function servePage(script: string): EmulatorExtension {
  const html =
    '<!doctype html><meta charset="utf-8"><title>parley test</title><script type="module" src="/app.js"></script>';
  return (request, response) => {
    if (request.method !== 'GET') return false;
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(html);
      return true;
    }
    if (request.url === '/app.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return true;
    }
    return false;
  };
}
