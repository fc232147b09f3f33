// Dates in the user's locale. A date without a time is a calendar day and must not shift with the time zone.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatPublished(iso: string | null): string {
  if (!iso) return 'No date';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dayFormat.format(new Date(`${iso}T00:00:00Z`));
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' });
  } catch {
    return undefined;
  }
})();

export function languageName(code: string | null): string | null {
  if (!code) return null;
  return languageNames?.of(code) ?? code;
}

const countFormat = new Intl.NumberFormat();
export function formatCount(n: number): string {
  return countFormat.format(n);
}

export function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/).filter((p) => p.trim() !== '');
}
