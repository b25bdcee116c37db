import { lookup } from 'node:dns/promises';
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { htmlToArticleText } from './html-to-text.js';
import { forbiddenAddressReason } from './ip-address.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into addresses; injectable so tests never touch real DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Opens the HTTP(S) request; injectable so tests can prove no socket was opened for a refused URL. */
export type RequestFunction = (url: URL, options: RequestOptions) => ClientRequest;

export interface SafeFetchOptions {
  resolver?: Resolver;
  request?: RequestFunction;
  /** Whole fetch, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Largest body read, after decompression. Default 2 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /**
   * TEST ONLY: let `127.0.0.1` (and nothing else) through, so a test can fetch from a server it started.
   * Never set from configuration.
   */
  testOnlyAllowLoopback127?: boolean;
}

export interface FetchedDocument {
  /** The URL after redirects. */
  url: string;
  title: string | null;
  text: string;
}

export type UrlRefusalCode =
  | 'BAD_URL'
  | 'SCHEME'
  | 'FORBIDDEN_ADDRESS'
  | 'DNS'
  | 'TOO_MANY_REDIRECTS'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'HTTP_STATUS'
  | 'CONTENT_TYPE'
  | 'NETWORK';

/** A URL the bot will not or could not read; `message` is safe to show the user. */
export class UrlRefusedError extends Error {
  readonly code: UrlRefusalCode;

  constructor(code: UrlRefusalCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UrlRefusedError';
    this.code = code;
  }
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 2_000_000, maxRedirects: 5 };

export const systemResolver: Resolver = async (hostname) => {
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map((result) => ({ address: result.address, family: result.family === 6 ? 6 : 4 }));
};

const defaultRequest: RequestFunction = (url, options) =>
  url.protocol === 'https:' ? https.request(url, options) : http.request(url, options);

/**
 * Reads the article at a user-supplied URL without letting the user aim the bot at its own network.
 * Every hop (the first URL and each redirect) must be http(s) and every address its host resolves to
 * must be public; the connection then goes to the address that was checked (a pinned lookup, no second
 * DNS query to race). Time and size are bounded; HTML becomes text through Readability.
 *
 * @param url - what the user pasted
 * @example
 * const page = await fetchArticle('https://example.com/news/1', { timeoutMs: 5000 });
 */
export async function fetchArticle(url: string, options: SafeFetchOptions = {}): Promise<FetchedDocument> {
  const settings = { ...DEFAULTS, ...options };
  const deadline = Date.now() + settings.timeoutMs;
  let current = parseUrl(url);
  for (let hop = 0; ; hop++) {
    const target = await checkedTarget(current, settings);
    const response = await send(current, target, settings, deadline);
    if (response.kind === 'redirect') {
      if (hop >= settings.maxRedirects) {
        throw new UrlRefusedError(
          'TOO_MANY_REDIRECTS',
          `the page redirected more than ${settings.maxRedirects} times`,
        );
      }
      current = parseUrl(response.location, current);
      continue;
    }
    const { body, contentType } = response;
    const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    const text = decode(body, contentType);
    if (mime === 'text/html' || mime === 'application/xhtml+xml') {
      const page = htmlToArticleText(text);
      return { url: current.href, title: page.title, text: page.text };
    }
    if (mime === 'text/plain' || mime === 'text/markdown' || mime === '') {
      return { url: current.href, title: null, text };
    }
    throw new UrlRefusedError('CONTENT_TYPE', `the link is ${mime}, not a web page or text`);
  }
}

function parseUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch (error) {
    throw new UrlRefusedError('BAD_URL', 'that is not a valid URL', { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlRefusedError(
      'SCHEME',
      `only http and https links can be read, not ${url.protocol.replace(':', '')}`,
    );
  }
  if (url.username || url.password) {
    throw new UrlRefusedError('BAD_URL', 'links with a user name or password are not read');
  }
  return url;
}

async function checkedTarget(
  url: URL,
  settings: SafeFetchOptions & typeof DEFAULTS,
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal !== 0) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (settings.resolver ?? systemResolver)(host);
    } catch (error) {
      throw new UrlRefusedError('DNS', `could not find the site ${host}`, { cause: error });
    }
  }
  if (addresses.length === 0) throw new UrlRefusedError('DNS', `could not find the site ${host}`);
  // All of them, not just the first: a name that also resolves inside the network is refused whole.
  for (const { address } of addresses) {
    if (settings.testOnlyAllowLoopback127 === true && address === '127.0.0.1') continue;
    const reason = forbiddenAddressReason(address);
    if (reason) {
      throw new UrlRefusedError(
        'FORBIDDEN_ADDRESS',
        `refused: ${host} points to ${reason}, not a public site`,
      );
    }
  }
  return addresses[0] as ResolvedAddress;
}

type Outcome = { kind: 'redirect'; location: string } | { kind: 'body'; body: Buffer; contentType: string };

function send(
  url: URL,
  target: ResolvedAddress,
  settings: SafeFetchOptions & typeof DEFAULTS,
  deadline: number,
): Promise<Outcome> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(timeoutError(settings.timeoutMs));
  // The checked address, whatever the resolver would say now: no second lookup between check and use.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  return new Promise<Outcome>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, outcome?: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(outcome as Outcome);
    };
    const request = (settings.request ?? defaultRequest)(url, {
      method: 'GET',
      // A fresh socket each time: a pooled one may have been opened for another, unchecked address.
      agent: false,
      lookup: pinned,
      headers: {
        'user-agent': 'newsparse-bot/0.1 (+https://github.com/newsparse)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const timer = setTimeout(() => {
      finish(timeoutError(settings.timeoutMs));
      request.destroy();
    }, remaining);
    request.on('error', (error) =>
      finish(new UrlRefusedError('NETWORK', 'could not reach the site', { cause: error })),
    );
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        finish(null, { kind: 'redirect', location });
        request.destroy();
        return;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        finish(new UrlRefusedError('HTTP_STATUS', `the site answered HTTP ${status}`));
        request.destroy();
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > settings.maxBytes) {
        finish(tooLarge(settings.maxBytes));
        request.destroy();
        return;
      }
      readBody(response, settings.maxBytes).then(
        (body) => finish(null, { kind: 'body', body, contentType: response.headers['content-type'] ?? '' }),
        (error: Error) => {
          finish(error);
          request.destroy();
        },
      );
    });
    request.end();
  });
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  const stream = decoder ? response.pipe(decoder) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Counted after decompression, so a small gzip bomb is still stopped at the limit.
      if (size > maxBytes) {
        // Reject first: destroying the response emits 'aborted', which must not become the reason.
        reject(tooLarge(maxBytes));
        stream.destroy();
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (error) =>
      reject(new UrlRefusedError('NETWORK', 'the page could not be read', { cause: error })),
    );
    response.on('aborted', () => reject(new UrlRefusedError('NETWORK', 'the site closed the connection')));
  });
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function timeoutError(timeoutMs: number): UrlRefusedError {
  return new UrlRefusedError('TIMEOUT', `the site did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

function tooLarge(maxBytes: number): UrlRefusedError {
  return new UrlRefusedError('TOO_LARGE', `the page is larger than ${Math.round(maxBytes / 1000)} kB`);
}
