import { loadConfig } from './config.js';
import { createLogger } from './log.js';
import { registerCommands } from './registration.js';

/** `pnpm --filter @newsparse/bot register`: DISCORD_TOKEN, DISCORD_APPLICATION_ID, optional DISCORD_GUILD_ID. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger([config.token ?? undefined]);
  if (!config.token || !config.applicationId) {
    log.error(
      'set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the commands (see apps/bot/README.md)',
    );
    process.exitCode = 1;
    return;
  }
  const count = await registerCommands({
    token: config.token,
    applicationId: config.applicationId,
    guildId: config.registerGuildId,
  });
  log.info(
    `registered ${count} commands ${config.registerGuildId ? `in server ${config.registerGuildId}` : 'globally (may take up to an hour to appear)'}`,
  );
}

main().catch((error: unknown) => {
  createLogger([process.env.DISCORD_TOKEN]).error('registering the commands failed', error);
  process.exitCode = 1;
});
