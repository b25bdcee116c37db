import { isIP } from 'node:net';

interface Range {
  base: bigint;
  prefix: number;
  reason: string;
}

/** Addresses a server must never be made to fetch from: the bot's own host, its network, cloud metadata. */
const FORBIDDEN_IPV4: ReadonlyArray<[string, number, string]> = [
  ['0.0.0.0', 8, 'the "this network" range'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a 6to4 relay address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

const FORBIDDEN_IPV6: ReadonlyArray<[string, number, string]> = [
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['64:ff9b:1::', 48, 'a local NAT64 address'],
  ['100::', 64, 'a discard address'],
  ['2001::', 23, 'an IETF protocol address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a unique local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

const V4_RANGES: Range[] = FORBIDDEN_IPV4.map(([base, prefix, reason]) => ({
  base: BigInt(parseIpv4(base) ?? 0),
  prefix,
  reason,
}));
const V6_RANGES: Range[] = FORBIDDEN_IPV6.map(([base, prefix, reason]) => ({
  base: parseIpv6(base) ?? 0n,
  prefix,
  reason,
}));

/**
 * Why the bot must not connect to `address`, or `null` when it is a public unicast address. Addresses
 * that embed an IPv4 address (`::ffff:127.0.0.1`, NAT64 `64:ff9b::a00:1`, 6to4 `2002:7f00:1::`) are
 * judged by the IPv4 address inside. Anything that does not parse as an IP address is refused.
 */
export function forbiddenAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.split('%')[0] ?? '');
  if (family === 4) {
    const value = parseIpv4(bare);
    return value === null ? 'not an IP address' : matchRange(BigInt(value), 32, V4_RANGES);
  }
  if (family === 6) {
    // A zone ("fe80::1%eth0") only exists for link-local and other on-link addresses.
    if (bare.includes('%')) return 'a link-local address';
    const value = parseIpv6(bare);
    if (value === null) return 'not an IP address';
    const reason = matchRange(value, 128, V6_RANGES);
    if (reason) return reason;
    const embedded = embeddedIpv4(value);
    return embedded === null ? null : matchRange(embedded, 32, V4_RANGES);
  }
  return 'not an IP address';
}

function matchRange(value: bigint, bits: number, ranges: readonly Range[]): string | null {
  for (const range of ranges) {
    const shift = BigInt(bits - range.prefix);
    if (value >> shift === range.base >> shift) return range.reason;
  }
  return null;
}

function embeddedIpv4(value: bigint): bigint | null {
  const low32 = value & 0xffffffffn;
  const high96 = value >> 32n;
  // ::ffff:a.b.c.d (mapped) and the deprecated ::a.b.c.d (compatible).
  if (high96 === 0xffffn || high96 === 0n) return low32;
  // 64:ff9b::/96, the well-known NAT64 prefix.
  if (high96 === 0x0064ff9b0000000000000000n) return low32;
  // 2002:V4ADDR::/48, 6to4.
  if (value >> 112n === 0x2002n) return (value >> 80n) & 0xffffffffn;
  return null;
}

export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

export function parseIpv6(text: string): bigint | null {
  let head = text;
  let tailV4: number | null = null;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tailV4 = parseIpv4(text.slice(lastColon + 1));
    if (tailV4 === null) return null;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const left = halves[0] ? halves[0].split(':') : [];
  const right = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) | BigInt(Number.parseInt(group, 16));
  }
  if (tailV4 !== null) value = (value & ~0xffffffffn) | BigInt(tailV4);
  return value;
}
