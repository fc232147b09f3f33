// MIME messages (.eml e-mails and .mhtml saved pages) through mailparser.
import { simpleParser, type ParsedMail } from 'mailparser';
import { ClipError } from '../errors';

export async function parseMime(name: string, bytes: Uint8Array): Promise<ParsedMail> {
  try {
    return await simpleParser(Buffer.from(bytes), { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch (err) {
    throw new ClipError('MALFORMED', `${name} is not a readable MIME message: ${err instanceof Error ? err.message : String(err)}.`);
  }
}

export function headerText(mail: ParsedMail, header: string): string | undefined {
  const value = mail.headers.get(header.toLowerCase());
  return typeof value === 'string' ? value : undefined;
}
