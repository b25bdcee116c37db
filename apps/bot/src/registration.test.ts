import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, FakeDiscord } from '../test/fake-discord.js';
import { allCommands } from './commands/index.js';
import { registerCommands } from './registration.js';

describe('registerCommands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord([]).start();
  });
  afterAll(() => fake.stop());

  const rows: Array<[string, string | null, string]> = [
    ['globally', null, `/api/v10/applications/${APPLICATION_ID}/commands`],
    [
      'in one guild',
      '100000000000000001',
      `/api/v10/applications/${APPLICATION_ID}/guilds/100000000000000001/commands`,
    ],
  ];
  it.each(rows)('puts every command definition %s in one request', async (_label, guildId, path) => {
    const before = fake.requests.length;
    const count = await registerCommands({
      token: 'test-token-value',
      applicationId: APPLICATION_ID,
      guildId,
      api: fake.api,
    });
    expect(count).toBe(allCommands.length);
    const sent = fake.requests.slice(before);
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([`PUT ${path}`]);
    expect(sent[0]?.authorization).toBe('Bot test-token-value');
    expect(((sent[0]?.body ?? []) as Array<{ name: string }>).map((command) => command.name)).toEqual(
      allCommands.map((command) => command.definition.name),
    );
  });
});
