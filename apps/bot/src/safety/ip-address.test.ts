import { describe, expect, it } from 'vitest';
import { forbiddenAddressReason, parseIpv6 } from './ip-address.js';

describe('forbiddenAddressReason', () => {
  const forbidden: Array<[string, RegExp]> = [
    ['127.0.0.1', /loopback/],
    ['127.8.9.10', /loopback/],
    ['0.0.0.0', /this network/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.254', /private/],
    ['192.168.1.20', /private/],
    ['100.64.0.1', /carrier-grade/],
    ['100.127.255.255', /carrier-grade/],
    ['169.254.169.254', /link-local/],
    ['224.0.0.1', /multicast/],
    ['255.255.255.255', /reserved/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fd00::1', /unique local/],
    ['fd00:ec2::254', /unique local/],
    ['fc00::5', /unique local/],
    ['fe80::1', /link-local/],
    ['fe80::1%eth0', /link-local/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:169.254.169.254', /link-local/],
    ['64:ff9b::a00:1', /private/],
    ['2002:c0a8:101::1', /private/],
    ['[::1]', /loopback/],
    ['example.com', /not an IP address/],
    ['1.2.3', /not an IP address/],
  ];
  it.each(forbidden)('refuses %s', (address, reason) => {
    expect(forbiddenAddressReason(address)).toMatch(reason);
  });

  const allowed: string[] = [
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '169.253.1.1',
    '11.0.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4009:80b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ];
  it.each(allowed)('allows the public address %s', (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });
});

describe('parseIpv6', () => {
  const rows: Array<[string, bigint | null]> = [
    ['::1', 1n],
    ['1::', 1n << 112n],
    ['::ffff:1.2.3.4', 0xffff01020304n],
    ['1:2:3:4:5:6:7:8', 0x00010002000300040005000600070008n],
    ['1:2:3:4:5:6:7:8:9', null],
    ['1::2::3', null],
    ['12345::', null],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(parseIpv6(text)).toBe(expected);
  });
});
