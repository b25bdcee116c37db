import { runTerminalMode, startDiscordMode } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './log.js';

/**
 * `pnpm start`: the Discord bot when `DISCORD_TOKEN` is set, else the terminal mode on stdin/stdout.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger([config.token ?? undefined]);
  if (!config.token) {
    await runTerminalMode({ config, log, input: process.stdin, output: process.stdout });
    return;
  }
  const bot = await startDiscordMode({ ...config, token: config.token }, log);
  const shutdown = (signal: string) => {
    log.info(`${signal}: shutting down`);
    bot.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // The detail (never the token: the logger redacts it) for the operator, a short line for the user.
  createLogger([process.env.DISCORD_TOKEN]).error('newsparse bot stopped', error);
  process.exitCode = 1;
});
