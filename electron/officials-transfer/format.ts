// The registry as a file a press office can keep: one entry per official with every spelling and role. The same
// entry is read from a CSV row or a JSON object, and validated once, here.
import { z } from 'zod';
import { isoDateSchema } from '../api/contract';

/**
 * CSV columns, in the order they are written. `spellings` holds the other spellings of the name (any script),
 * separated by SPELLING_SEPARATOR; `roles` holds roles separated by the same, each role "title ; organization ;
 * from ; to" (ROLE_PART_SEPARATOR; dates YYYY-MM-DD; the parts after the title may be left empty or off).
 */
export const CSV_COLUMNS = ['name', 'spellings', 'country', 'organization', 'roles'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const SPELLING_SEPARATOR = ' | ';
export const ROLE_PART_SEPARATOR = ' ; ';

/** What a JSON export says it is, so a file of something else is told apart. */
export const JSON_FORMAT = 'verbatim-officials';
export const JSON_VERSION = 1;

export type TransferFormat = 'csv' | 'json';

const spelling = z.string().trim().min(2, 'A name needs at least two letters.').max(300, 'A name can be at most 300 characters long.');
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} can be at most ${max} characters long.`)
    .nullish()
    .transform((v) => (v ? v : null));

/** One official as a file carries it. */
export const registryEntry = z.object({
  name: spelling,
  spellings: z.array(spelling).max(200, 'At most 200 spellings per official.').default([]),
  country: optionalText(100, 'A country'),
  organization: optionalText(300, 'An organization'),
  roles: z
    .array(
      z
        .object({
          title: z.string().trim().min(2, 'A role needs at least two letters.').max(500, 'A role can be at most 500 characters long.'),
          organization: optionalText(300, 'An organization'),
          from: isoDateSchema.nullish().transform((v) => v ?? null),
          to: isoDateSchema.nullish().transform((v) => v ?? null),
        })
        .refine((r) => r.from === null || r.to === null || r.from.slice(0, 10) <= r.to.slice(0, 10), { message: 'A role cannot end before it begins.', path: ['to'] })
        .transform((r) => ({ title: r.title, organization: r.organization, validFrom: r.from, validTo: r.to })),
    )
    .max(100, 'At most 100 roles per official.')
    .default([]),
});

export type RegistryEntry = z.output<typeof registryEntry>;

/** An entry read from a file, before it is validated, with where it stood (CSV: spreadsheet row; JSON: entry from 1). */
export interface RawEntry {
  row: number;
  value: unknown;
}

/** A file that cannot be read as a registry at all: one sentence saying why. */
export class RegistryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryFileError';
  }
}
