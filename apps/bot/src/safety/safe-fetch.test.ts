import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchArticle,
  type RequestFunction,
  type Resolver,
  type UrlRefusalCode,
  UrlRefusedError,
} from './safe-fetch.js';

const ARTICLE_HTML = `<!doctype html><html><head><title>Flood closes Marrow Bridge | Tidewire</title></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport news menu link</a></nav>
<article><h1>Flood closes Marrow Bridge</h1>
<p>MARROW (Tidewire) — The Marrow Bridge was closed on Thursday after the river rose two metres overnight, the
city council said in a statement issued early in the morning.</p>
<p>"We will reopen it as soon as the engineers say it is safe," said council leader Ada Fenwick, who visited
the bridge with a team of inspectors and promised daily updates on the repairs.</p>
<p>Traffic was diverted through the northern ring road, adding up to forty minutes to journeys into the centre,
and buses were rerouted for the rest of the week while the water level is monitored.</p>
</article><footer>Copyright Tidewire footer text</footer></body></html>`;

/** Names the tests resolve; nothing here ever reaches real DNS. */
function resolverFor(table: Record<string, string[]>, calls: string[] = []): Resolver {
  return async (hostname) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw new Error(`ENOTFOUND ${hostname}`);
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

function expectRefusal(promise: Promise<unknown>, code: UrlRefusalCode) {
  return expect(promise).rejects.toSatisfy(
    (error: unknown) => error instanceof UrlRefusedError && error.code === code,
  );
}

describe('fetchArticle refuses before any socket opens', () => {
  const resolver = resolverFor({
    'internal.test': ['10.0.0.7'],
    'metadata.test': ['169.254.169.254'],
    'mixed.test': ['93.184.216.34', '192.168.0.10'],
    'v6.test': ['fd00::1'],
    'mapped.test': ['::ffff:127.0.0.1'],
    'cgnat.test': ['100.64.1.1'],
  });
  const rows: Array<[string, UrlRefusalCode]> = [
    ['http://internal.test/news', 'FORBIDDEN_ADDRESS'],
    ['https://metadata.test/latest/meta-data/', 'FORBIDDEN_ADDRESS'],
    ['http://mixed.test/', 'FORBIDDEN_ADDRESS'],
    ['http://v6.test/', 'FORBIDDEN_ADDRESS'],
    ['http://mapped.test/', 'FORBIDDEN_ADDRESS'],
    ['http://cgnat.test/', 'FORBIDDEN_ADDRESS'],
    ['http://169.254.169.254/latest/meta-data/', 'FORBIDDEN_ADDRESS'],
    ['http://[::1]:8080/', 'FORBIDDEN_ADDRESS'],
    ['http://[fd00::1]/', 'FORBIDDEN_ADDRESS'],
    ['http://0.0.0.0:3000/', 'FORBIDDEN_ADDRESS'],
    ['http://127.0.0.1/', 'FORBIDDEN_ADDRESS'],
    ['http://localhost.test/', 'DNS'],
    ['ftp://example.com/file.txt', 'SCHEME'],
    ['file:///etc/passwd', 'SCHEME'],
    ['javascript:alert(1)', 'SCHEME'],
    ['gopher://example.com/', 'SCHEME'],
    ['not a url', 'BAD_URL'],
    ['http://user:secret@example.com/', 'BAD_URL'],
  ];
  it.each(rows)('%s → %s', async (url, code) => {
    const opened: string[] = [];
    const request: RequestFunction = (target) => {
      opened.push(target.href);
      throw new Error('a socket was about to open');
    };
    await expectRefusal(fetchArticle(url, { resolver, request }), code);
    expect(opened).toEqual([]);
  });

  it('lets only 127.0.0.1 through the test-only switch, not the rest of loopback', async () => {
    const request: RequestFunction = () => {
      throw new Error('a socket was about to open');
    };
    await expectRefusal(
      fetchArticle('http://127.0.0.2/', { request, testOnlyAllowLoopback127: true }),
      'FORBIDDEN_ADDRESS',
    );
    await expectRefusal(
      fetchArticle('http://[::1]/', { request, testOnlyAllowLoopback127: true }),
      'FORBIDDEN_ADDRESS',
    );
  });
});

describe('fetchArticle against a server on 127.0.0.1', () => {
  let server: Server;
  let base: string;
  let port: number;
  const seen: Array<{ path: string; host: string }> = [];
  const big = 'x'.repeat(300_000);
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
    '/article.html': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(ARTICLE_HTML);
    },
    '/plain.txt': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('Headline\n\nBody text.');
    },
    '/go': (_request, response) => {
      response.writeHead(302, { location: '/article.html' });
      response.end();
    },
    '/to-private': (_request, response) => {
      response.writeHead(302, { location: 'http://10.0.0.1/admin' });
      response.end();
    },
    '/to-metadata-name': (_request, response) => {
      response.writeHead(301, { location: 'http://metadata.test/latest/meta-data/' });
      response.end();
    },
    '/to-file': (_request, response) => {
      response.writeHead(302, { location: 'file:///etc/passwd' });
      response.end();
    },
    '/loop': (_request, response) => {
      response.writeHead(302, { location: '/loop' });
      response.end();
    },
    '/big': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write(big);
      response.end(big);
    },
    '/big-declared': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50_000_000) });
      response.write('only a little');
    },
    '/gzip-bomb': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      response.end(gzipSync(Buffer.alloc(5_000_000)));
    },
    '/slow': () => {},
    '/image.png': (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end('PNG');
    },
    '/missing': (_request, response) => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('no');
    },
  };

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push({ path: request.url ?? '', host: request.headers.host ?? '' });
      const route = routes[request.url ?? ''];
      if (route) route(request, response);
      else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const options = (extra: Parameters<typeof fetchArticle>[1] = {}) => ({
    testOnlyAllowLoopback127: true,
    resolver: resolverFor({ 'news.test': ['127.0.0.1'], 'metadata.test': ['169.254.169.254'] }),
    timeoutMs: 2_000,
    maxBytes: 100_000,
    ...extra,
  });

  it('reads an HTML page as article text, without the menu and footer', async () => {
    const page = await fetchArticle(`${base}/article.html`, options());
    expect(page.title).toBe('Flood closes Marrow Bridge');
    expect(page.text.startsWith('Flood closes Marrow Bridge\n\n')).toBe(true);
    expect(page.text).toContain('MARROW (Tidewire) — The Marrow Bridge was closed on Thursday');
    expect(page.text).toContain('\n\n"We will reopen it');
    expect(page.text).not.toContain('Sport news menu link');
    expect(page.text).not.toContain('footer text');
  });

  it('connects to the checked address of a host name, with no second lookup', async () => {
    const lookups: string[] = [];
    const page = await fetchArticle(`http://news.test:${port}/plain.txt`, {
      ...options(),
      resolver: resolverFor({ 'news.test': ['127.0.0.1'] }, lookups),
    });
    expect(page.text).toBe('Headline\n\nBody text.');
    expect(lookups).toEqual(['news.test']);
    expect(seen.at(-1)).toEqual({ path: '/plain.txt', host: `news.test:${port}` });
  });

  it('follows a redirect on the same safe host', async () => {
    const page = await fetchArticle(`${base}/go`, options());
    expect(page.url).toBe(`${base}/article.html`);
    expect(page.text).toContain('Marrow Bridge');
  });

  const refusals: Array<[string, UrlRefusalCode, number]> = [
    ['/to-private', 'FORBIDDEN_ADDRESS', 1],
    ['/to-metadata-name', 'FORBIDDEN_ADDRESS', 1],
    ['/to-file', 'SCHEME', 1],
    ['/loop', 'TOO_MANY_REDIRECTS', 4],
    ['/big', 'TOO_LARGE', 1],
    ['/big-declared', 'TOO_LARGE', 1],
    ['/gzip-bomb', 'TOO_LARGE', 1],
    ['/slow', 'TIMEOUT', 1],
    ['/image.png', 'CONTENT_TYPE', 1],
    ['/missing', 'HTTP_STATUS', 1],
  ];
  it.each(refusals)('%s → %s after %i request(s)', async (path, code, requests) => {
    const opened: string[] = [];
    const request: RequestFunction = (url, requestOptions) => {
      opened.push(url.href);
      return http.request(url, requestOptions);
    };
    const started = Date.now();
    await expectRefusal(
      fetchArticle(`${base}${path}`, options({ request, maxRedirects: 3, timeoutMs: 500 })),
      code,
    );
    expect(opened).toHaveLength(requests);
    expect(opened.every((href) => href.startsWith(base))).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
