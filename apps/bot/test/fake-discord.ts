import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export const APPLICATION_ID = '900000000000000001';
export const BOT_USER_ID = '900000000000000002';

/** One request the fake REST server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

/** What the bot sent back for one interaction: the callback and any webhook edits or follow-ups. */
export interface InteractionResponse {
  kind: 'callback' | 'edit' | 'followup';
  /** Callback type: 4 message, 5 deferred. */
  type?: number;
  content?: string;
  flags?: number;
  /** The Authorization header the bot sent, if any. */
  authorization: string | null;
}

export interface InteractionInput {
  guildId: string;
  name: string;
  options?: Array<{ name: string; type: number; value: string | number | boolean }>;
  userId?: string;
  /** The member's permission bits. */
  permissions?: bigint;
  attachments?: Record<string, { filename: string; size: number; url: string }>;
}

interface PendingInteraction {
  responses: InteractionResponse[];
  waiters: Array<() => void>;
}

/**
 * A loopback stand-in for Discord: a REST server and a JSON gateway on 127.0.0.1 speaking just enough
 * of API v10 for discord.js to log in, receive slash-command interactions and answer them.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: Array<{ token: string }> = [];
  readonly unknownRoutes: string[] = [];
  /** Files served at /files/NAME, for attachments. */
  readonly files = new Map<string, string>();
  private readonly server = http.createServer((request, response) => void this.onRequest(request, response));
  private readonly gateway = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly interactions = new Map<string, PendingInteraction>();
  private sequence = 0;
  private counter = 0;
  private port = 0;

  constructor(private readonly guildIds: readonly string[]) {
    this.server.on('upgrade', (request, socket, head) => {
      this.gateway.handleUpgrade(request, socket, head, (ws) => this.onGateway(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  fileUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/files/${name}`;
  }

  get connectedGateways(): number {
    return [...this.sockets].filter((socket) => socket.readyState === WebSocket.OPEN).length;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /**
   * Sends a slash command as a user and resolves with everything the bot answered, once `messages`
   * responses with content have arrived (a deferred reply counts at its edit). Rejects after `timeoutMs`.
   */
  async interact(input: InteractionInput, timeoutMs = 15_000, messages = 1): Promise<InteractionResponse[]> {
    const socket = [...this.sockets].find((candidate) => candidate.readyState === WebSocket.OPEN);
    if (!socket) throw new Error('fake discord: no bot connected to the gateway');
    this.counter += 1;
    const id = `8000000000000${String(this.counter).padStart(5, '0')}`;
    const token = `interaction-token-${this.counter}`;
    const pending: PendingInteraction = { responses: [], waiters: [] };
    this.interactions.set(token, pending);
    const userId = input.userId ?? '700000000000000001';
    const data: Record<string, unknown> = {
      id: '600000000000000001',
      name: input.name,
      type: 1,
      options: input.options ?? [],
    };
    if (input.attachments) {
      data.resolved = {
        attachments: Object.fromEntries(
          Object.entries(input.attachments).map(([key, file]) => [
            key,
            {
              id: key,
              filename: file.filename,
              size: file.size,
              url: file.url,
              proxy_url: file.url,
              content_type: 'text/plain',
            },
          ]),
        ),
      };
    }
    this.dispatch(socket, 'INTERACTION_CREATE', {
      id,
      application_id: APPLICATION_ID,
      type: 2,
      data,
      guild_id: input.guildId,
      channel_id: channelId(input.guildId),
      channel: { id: channelId(input.guildId), type: 0, guild_id: input.guildId, name: 'general' },
      member: {
        user: {
          id: userId,
          username: `user${userId.slice(-2)}`,
          discriminator: '0',
          global_name: null,
          avatar: null,
        },
        roles: [],
        permissions: String(input.permissions ?? 0n),
        joined_at: '2026-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
      token,
      version: 1,
      locale: 'en-GB',
      guild_locale: 'en-GB',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: { '0': input.guildId },
      context: 0,
    });
    const hasContent = () =>
      pending.responses.filter((response) => response.content !== undefined).length >= messages;
    await new Promise<void>((resolve, reject) => {
      if (hasContent()) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`fake discord: no reply to /${input.name} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      pending.waiters.push(() => {
        if (!hasContent()) return;
        clearTimeout(timer);
        resolve();
      });
    });
    // Follow-ups of a long reply come right after the first part.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return pending.responses;
  }

  private onGateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (message.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (message.op === 2) this.onIdentify(ws, message.d as { token: string });
    });
  }

  private onIdentify(ws: WebSocket, identify: { token: string }): void {
    this.identifies.push({ token: identify.token });
    this.dispatch(ws, 'READY', {
      v: 10,
      user: { id: BOT_USER_ID, username: 'newsparse', discriminator: '0', avatar: null, bot: true, flags: 0 },
      guilds: this.guildIds.map((id) => ({ id, unavailable: true })),
      session_id: 'fake-session',
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      application: { id: APPLICATION_ID, flags: 0 },
      shard: [0, 1],
    });
    for (const guildId of this.guildIds) {
      this.dispatch(ws, 'GUILD_CREATE', {
        id: guildId,
        name: `Guild ${guildId.slice(-2)}`,
        icon: null,
        owner_id: '700000000000000099',
        afk_timeout: 300,
        verification_level: 0,
        default_message_notifications: 0,
        explicit_content_filter: 0,
        roles: [
          {
            id: guildId,
            name: '@everyone',
            permissions: '0',
            position: 0,
            color: 0,
            hoist: false,
            managed: false,
            mentionable: false,
            flags: 0,
          },
        ],
        emojis: [],
        stickers: [],
        features: [],
        mfa_level: 0,
        system_channel_flags: 0,
        premium_tier: 0,
        preferred_locale: 'en-GB',
        nsfw_level: 0,
        unavailable: false,
        member_count: 2,
        large: false,
        joined_at: '2026-01-01T00:00:00.000Z',
        members: [],
        voice_states: [],
        presences: [],
        threads: [],
        stage_instances: [],
        guild_scheduled_events: [],
        channels: [
          {
            id: channelId(guildId),
            type: 0,
            name: 'general',
            position: 0,
            permission_overwrites: [],
            guild_id: guildId,
          },
        ],
      });
    }
  }

  private dispatch(ws: WebSocket, event: string, data: unknown): void {
    this.sequence += 1;
    ws.send(JSON.stringify({ op: 0, t: event, s: this.sequence, d: data }));
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw && (request.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : raw;
    const authorization = request.headers.authorization ?? null;
    const method = request.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, authorization, body });
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const path = url.pathname;
    if (method === 'GET' && path.startsWith('/files/')) {
      const file = this.files.get(path.slice('/files/'.length));
      const type = path.endsWith('.html') ? 'text/html' : 'text/plain';
      response.writeHead(file === undefined ? 404 : 200, { 'content-type': `${type}; charset=utf-8` });
      response.end(file ?? '');
      return;
    }
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      json(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
      return;
    }
    const callback = /^\/api\/v10\/interactions\/\d+\/([\w-]+)\/callback$/.exec(path);
    if (method === 'POST' && callback) {
      const payload = body as { type: number; data?: { content?: string; flags?: number } };
      this.record(callback[1] as string, {
        kind: 'callback',
        type: payload.type,
        ...(payload.data?.content === undefined ? {} : { content: payload.data.content }),
        ...(payload.data?.flags === undefined ? {} : { flags: payload.data.flags }),
        authorization,
      });
      response.writeHead(204);
      response.end();
      return;
    }
    const webhook = /^\/api\/v10\/webhooks\/\d+\/([\w-]+)(\/messages\/(?:@|%40)original)?$/.exec(path);
    if (webhook && (method === 'PATCH' || method === 'POST')) {
      const payload = body as { content?: string; flags?: number };
      const token = webhook[1] as string;
      this.record(token, {
        kind: webhook[2] ? 'edit' : 'followup',
        ...(payload.content === undefined ? {} : { content: payload.content }),
        ...(payload.flags === undefined ? {} : { flags: payload.flags }),
        authorization,
      });
      json(200, message(this.counter, payload.content ?? ''));
      return;
    }
    const commands = /^\/api\/v10\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.exec(path);
    if (method === 'PUT' && commands) {
      json(
        200,
        (body as Array<Record<string, unknown>>).map((command, index) => ({
          id: `5000${index}`,
          ...command,
        })),
      );
      return;
    }
    this.unknownRoutes.push(`${method} ${path}`);
    json(404, { message: 'Unknown route in fake discord', code: 0 });
  }

  private record(token: string, response: InteractionResponse): void {
    const pending = this.interactions.get(token);
    if (!pending) {
      this.unknownRoutes.push(`response for unknown interaction ${token}`);
      return;
    }
    pending.responses.push(response);
    for (const waiter of pending.waiters) waiter();
  }
}

function channelId(guildId: string): string {
  return String(BigInt(guildId) + 500n);
}

function message(counter: number, content: string) {
  return {
    id: `810000000000${String(counter).padStart(6, '0')}`,
    channel_id: '100000000000000009',
    content,
    author: { id: BOT_USER_ID, username: 'newsparse', discriminator: '0', avatar: null, bot: true },
    timestamp: '2026-01-01T00:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
