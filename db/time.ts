/** The current time as an ISO 8601 string in UTC; every timestamp the library writes uses this form. */
export function nowIso(): string {
  return new Date().toISOString();
}
