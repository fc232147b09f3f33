// Reads one input of `verbatim import`: a file path or `-` for standard input, as text. Each way it can be
// wrong (missing, a folder, empty, binary, not decodable) becomes one sentence naming the input.
import fs from 'node:fs';
import { looksBinary } from '../clipping/normalize';
import { CliError } from './io';

export interface TextInput {
  name: string;
  text: string;
}

const MAX_INPUT_BYTES = 50 * 1024 * 1024;

function decode(name: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) throw new CliError(`${name} is not text: it looks like a binary file.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text; save it as UTF-8 and import it again.`);
  }
}

export function textFromBytes(name: string, bytes: Buffer): TextInput {
  if (bytes.length === 0) throw new CliError(`${name} is empty: there is nothing to import.`);
  const text = decode(name, bytes);
  if (looksBinary(text)) throw new CliError(`${name} is not text: it looks like a binary file.`);
  if (text.trim() === '') throw new CliError(`${name} holds only white space: there is nothing to import.`);
  return { name, text };
}

export function readTextFile(file: string): TextInput {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`${file}: no such file.`);
  }
  if (stat.isDirectory()) throw new CliError(`${file} is a folder; name the files to import.`);
  if (stat.size > MAX_INPUT_BYTES) throw new CliError(`${file} is larger than 50 MB; that is not an article.`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new CliError(`${file} cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`);
  }
  return textFromBytes(file, bytes);
}
