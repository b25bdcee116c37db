import type { AttachmentInput, Limits } from '../command.js';
import { htmlToArticleText } from './html-to-text.js';

export const DEFAULT_LIMITS: Limits = {
  maxTextChars: 100_000,
  maxAttachmentBytes: 1_000_000,
  maxUrlBytes: 2_000_000,
  pageSize: 10,
};

const ATTACHMENT_KINDS: Record<string, 'text' | 'html'> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
};

/** A user's input the bot will not take; `message` is shown to the user as is. */
export class InputRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputRefusedError';
  }
}

export function checkText(text: string, limits: Limits): string {
  if (text.length > limits.maxTextChars) {
    throw new InputRefusedError(
      `that text has ${text.length.toLocaleString('en')} characters; the limit is ${limits.maxTextChars.toLocaleString('en')}. Attach it as a .txt file instead.`,
    );
  }
  return text;
}

/**
 * Reads an attachment as article text: .txt and .md as they are, .html through Readability. The size is
 * checked twice, as announced and as read, because the announced size comes from the client.
 */
export async function readAttachmentText(attachment: AttachmentInput, limits: Limits): Promise<string> {
  const extension = /\.[a-z]+$/i.exec(attachment.name)?.[0]?.toLowerCase() ?? '';
  const kind = ATTACHMENT_KINDS[extension];
  if (!kind) {
    throw new InputRefusedError(`only .txt, .md and .html files can be ingested, not "${attachment.name}"`);
  }
  if (attachment.size > limits.maxAttachmentBytes) throw attachmentTooLarge(limits);
  const bytes = await attachment.read(limits.maxAttachmentBytes);
  if (bytes.byteLength > limits.maxAttachmentBytes) throw attachmentTooLarge(limits);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputRefusedError(`"${attachment.name}" is not UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, '');
  return kind === 'html' ? htmlToArticleText(text).text : text;
}

function attachmentTooLarge(limits: Limits): InputRefusedError {
  return new InputRefusedError(
    `that file is larger than the ${Math.round(limits.maxAttachmentBytes / 1000).toLocaleString('en')} kB limit`,
  );
}
