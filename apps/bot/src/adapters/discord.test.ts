import { describe, expect, it } from 'vitest';
import { DISCORD_ATTACHMENT_ORIGINS, isAllowedAttachmentUrl } from './discord.js';

describe('isAllowedAttachmentUrl', () => {
  const rows: Array<[url: string, allowed: boolean]> = [
    ['https://cdn.discordapp.com/attachments/1/2/story.txt?ex=1&is=2', true],
    ['https://media.discordapp.net/attachments/1/2/story.html', true],
    ['http://cdn.discordapp.com/attachments/1/2/story.txt', false],
    ['https://cdn.discordapp.com:8443/attachments/1/2/story.txt', false],
    ['https://cdn.discordapp.com.evil.example/story.txt', false],
    ['https://evil.example/cdn.discordapp.com/story.txt', false],
    ['http://169.254.169.254/latest/meta-data/', false],
    ['http://127.0.0.1:8080/files/story.txt', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ];
  it.each(rows)('%s → %s', (url, allowed) => {
    expect(isAllowedAttachmentUrl(url, DISCORD_ATTACHMENT_ORIGINS)).toBe(allowed);
  });

  it('accepts an origin the caller adds, exactly', () => {
    const origins = ['http://127.0.0.1:4100'];
    expect(isAllowedAttachmentUrl('http://127.0.0.1:4100/files/a.txt', origins)).toBe(true);
    expect(isAllowedAttachmentUrl('http://127.0.0.1:4101/files/a.txt', origins)).toBe(false);
  });
});
