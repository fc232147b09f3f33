// The library's own agency signatures (Settings), kept with the library's other settings as JSON: whoever opens the
// library recognises the same outlets. Read defensively, since an older or hand-edited value may not be a list.
import type { Database } from 'better-sqlite3';
import { SettingsStore } from '../../db/settings';
import type { AgencySignature } from '../api/types';

export const AGENCY_SIGNATURES_KEY = 'clipping.agencySignatures';

function isEntry(value: unknown): value is AgencySignature {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<AgencySignature>;
  return typeof entry.outlet === 'string' && Array.isArray(entry.signatures) && entry.signatures.every((s) => typeof s === 'string');
}

export class AgencySignatureSetting {
  private readonly settings: SettingsStore;

  constructor(db: Database) {
    this.settings = new SettingsStore(db);
  }

  user(): AgencySignature[] {
    const stored = this.settings.get<unknown>(AGENCY_SIGNATURES_KEY, []);
    if (!Array.isArray(stored)) return [];
    return stored.filter(isEntry).map((e) => ({ outlet: e.outlet, signatures: [...e.signatures], country: e.country ?? null, language: e.language ?? null }));
  }

  setUser(entries: readonly AgencySignature[]): void {
    this.settings.set(AGENCY_SIGNATURES_KEY, entries);
  }
}
