import { randomBytes } from 'node:crypto';
import { NewsparseError } from '@newsparse/core';
import type { Command, CommandContext, Reply } from './command.js';
import { InputRefusedError } from './safety/input-limits.js';
import { hasPermission, permissionNames } from './safety/permissions.js';
import { UrlRefusedError } from './safety/safe-fetch.js';

/**
 * The checks that come before any work, and so before a deferred reply: the member's permission and
 * their rate limit. Returns the refusal to send, or `null` to go on.
 */
export function gate(command: Command, context: CommandContext): Reply | null {
  if (command.access === 'manage' && !hasPermission(context.permissions, context.services.managePermission)) {
    const needed = permissionNames(context.services.managePermission).join(' + ');
    return {
      content: `You need the ${needed} permission to use /${command.definition.name}.`,
      ephemeral: true,
    };
  }
  const decision = context.services.rateLimiter.take(command.rateLimit, context.userId);
  if (!decision.allowed) {
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    return {
      content: `Slow down: you have used /${command.definition.name} too often. Try again in ${seconds} s.`,
      ephemeral: true,
    };
  }
  return null;
}

/**
 * Runs the command. A refusal the user can act on comes back as its own short message; anything else
 * becomes "something went wrong" with a reference, and the log gets the detail under that reference.
 */
export async function run(command: Command, context: CommandContext): Promise<Reply> {
  try {
    return await command.execute(context);
  } catch (error) {
    if (error instanceof InputRefusedError) return { content: error.message, ephemeral: true };
    if (error instanceof UrlRefusedError) {
      context.services.log.warn(
        `/${command.definition.name} refused a URL (${error.code})`,
        error.cause ?? '',
      );
      return { content: `Could not ingest that link: ${error.message}.`, ephemeral: true };
    }
    if (error instanceof NewsparseError)
      return { content: error.message.replace(/^@newsparse\/core: /, ''), ephemeral: true };
    const reference = randomBytes(4).toString('hex');
    context.services.log.error(`/${command.definition.name} failed (ref ${reference})`, error);
    return {
      content: `Something went wrong with /${command.definition.name} (ref ${reference}).`,
      ephemeral: true,
    };
  }
}

export async function handle(command: Command, context: CommandContext): Promise<Reply> {
  return gate(command, context) ?? (await run(command, context));
}
