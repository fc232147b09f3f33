// "Empty trash": every clip in the trash deleted for good, read from the trash's own pages so that nothing the
// list does not show (and nothing outside the trash) goes.
import type { LibraryService } from './service';

const PAGE = 1000;

export function trashedIds(library: LibraryService): string[] {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = library.list({ offset, limit: PAGE, trash: true });
    ids.push(...page.items.map((item) => item.id));
    if (page.items.length < PAGE || ids.length >= page.total) return ids;
  }
}

/** How many clips were deleted. */
export function emptyTrash(library: LibraryService): number {
  const ids = trashedIds(library);
  return ids.length === 0 ? 0 : library.purge(ids);
}
