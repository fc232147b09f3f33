// MIME messages (.eml e-mails and .mhtml saved pages) through mailparser.
import type { ParsedMail } from 'mailparser';
import { ClipError, inputFailure, megabytes } from '../errors';

/**
 * What one message may hold. A forwarded article or an alert digest has a handful of parts, a saved page one per
 * image; mailsplit (under mailparser) stops at these and says so, which is how 10,000 nested parts are refused at
 * once instead of being walked. The numbers are set here so that the sentence can name them.
 */
export const MIME_LIMITS = {
  /** Parts in the whole message, nested ones included. */
  parts: 1_000,
  /** The header block of one part. */
  headerBytes: 1024 * 1024,
};

export async function parseMime(name: string, bytes: Uint8Array): Promise<ParsedMail> {
  // Loaded when a message arrives: mailparser takes half a second to load, and every extraction child would pay it.
  const { simpleParser } = await import('mailparser');
  try {
    return await simpleParser(Buffer.from(bytes), {
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      maxChildNodes: MIME_LIMITS.parts,
      maxHeadSize: MIME_LIMITS.headerBytes,
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'EMAXLEN') {
      throw /child nodes/i.test((err as Error).message)
        ? new ClipError('TOO_MANY_ITEMS', `${name} has more than ${MIME_LIMITS.parts.toLocaleString('en')} parts (attachments and nested sections), the most Verbatim reads in one message.`, err)
        : new ClipError('TOO_LARGE', `${name} has a part whose headers run past ${megabytes(MIME_LIMITS.headerBytes)}, more than any message needs; Verbatim does not read it.`, err);
    }
    throw inputFailure(err, 'MALFORMED', `${name} is not a readable e-mail or saved page: its MIME structure is damaged.`);
  }
}

export function headerText(mail: ParsedMail, header: string): string | undefined {
  const value = mail.headers.get(header.toLowerCase());
  return typeof value === 'string' ? value : undefined;
}
