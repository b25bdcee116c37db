import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { hasPermission, parsePermission, permissionNames } from './permissions.js';

describe('parsePermission', () => {
  const rows: Array<[string | undefined, bigint]> = [
    [undefined, PermissionFlagsBits.ManageMessages],
    ['', PermissionFlagsBits.ManageMessages],
    ['ManageGuild', PermissionFlagsBits.ManageGuild],
    ['ManageMessages, KickMembers', PermissionFlagsBits.ManageMessages | PermissionFlagsBits.KickMembers],
  ];
  it.each(rows)('%s', (setting, expected) => {
    expect(parsePermission(setting)).toBe(expected);
  });

  const bad: string[] = ['Manage Messages', 'root', 'ManageMessages,Nope'];
  it.each(bad)('refuses the unknown name in %s', (setting) => {
    expect(() => parsePermission(setting)).toThrow(/unknown Discord permission/);
  });
});

describe('hasPermission', () => {
  const required = PermissionFlagsBits.ManageMessages | PermissionFlagsBits.KickMembers;
  const rows: Array<[string, bigint, boolean]> = [
    ['all required bits', required | PermissionFlagsBits.SendMessages, true],
    ['administrator', PermissionFlagsBits.Administrator, true],
    ['one of two bits', PermissionFlagsBits.ManageMessages, false],
    ['nothing', 0n, false],
  ];
  it.each(rows)('%s → %s', (_label, member, expected) => {
    expect(hasPermission(member, required)).toBe(expected);
  });

  it('names permissions for people', () => {
    expect(permissionNames(required)).toEqual(['Kick Members', 'Manage Messages']);
  });
});
