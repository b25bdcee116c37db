import { PermissionFlagsBits } from 'discord.js';

export type PermissionName = keyof typeof PermissionFlagsBits;

/** The default for `/ingest` and `/forget`: the moderators who may already tidy a channel's messages. */
export const DEFAULT_MANAGE_PERMISSION: PermissionName = 'ManageMessages';

/**
 * Reads `NEWSPARSE_MANAGE_PERMISSION`: one Discord permission name ("ManageGuild") or several joined by
 * commas, all required. Unknown names are an error at start-up, not a silently open door.
 */
export function parsePermission(setting: string | undefined): bigint {
  const names = (setting ?? DEFAULT_MANAGE_PERMISSION)
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0) return PermissionFlagsBits[DEFAULT_MANAGE_PERMISSION];
  let bits = 0n;
  for (const name of names) {
    const bit = (PermissionFlagsBits as Record<string, bigint>)[name];
    if (bit === undefined) {
      throw new Error(
        `unknown Discord permission "${name}" in NEWSPARSE_MANAGE_PERMISSION (e.g. ManageMessages)`,
      );
    }
    bits |= bit;
  }
  return bits;
}

/** Administrators pass every check, as they do in Discord itself. */
export function hasPermission(memberBits: bigint, required: bigint): boolean {
  if ((memberBits & PermissionFlagsBits.Administrator) !== 0n) return true;
  return (memberBits & required) === required;
}

export function permissionNames(bits: bigint): string[] {
  return Object.entries(PermissionFlagsBits)
    .filter(([, bit]) => (bits & bit) !== 0n)
    .map(([name]) => name.replace(/([a-z])([A-Z])/g, '$1 $2'));
}
