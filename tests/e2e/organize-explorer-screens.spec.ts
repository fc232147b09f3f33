// Organize and the statements explorer as a reader meets them: a parent topic counts its subtopics' clips, the
// tree stays open across a tab switch, the starter offer names its exact size, a long statement ends in an
// ellipsis with its whole text a click away, and the explorer's facets carry counts. Each screen is shot at two
// window sizes in both themes.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/served-test';
import { pasteAnywhere, shot } from '../helpers/flow';

const FERRY = `Ferry capacity on the Caspian to double

Baku, 3 March 2025

Azerbaijan and Kazakhstan agreed to double ferry capacity on the Middle Corridor by 2027.

"We will carry twice the cargo across the Caspian within two years, and the new berths at Alat and Aktau will be ready for the larger ferries that the shipping company has ordered from the yards in Baku and in the Netherlands, so that a shipper in Almaty can book a container through to Tbilisi on one ticket, pay once, and know on the day of loading when it will reach the Black Sea," Leyla Hasanova said on Monday.`;

const RAIL = `Rail freight grows along the Middle Corridor

Tbilisi, 5 March 2025

Rail freight on the Middle Corridor doubled last year, the Georgian railway said.

"Every train that crosses Georgia now is a train that did not go round by the north, and we are building the sidings, the terminals and the customs posts that a route of this size needs before the next harvest comes," Davit Peradze said.`;

const WINDOWS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

async function clip(page: Page, text: string, count: number): Promise<void> {
  await pasteAnywhere(page, text);
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(count);
}

async function shootAll(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  // The toasts of the set-up would cover what the shots are for.
  await page.locator('.toast-close').evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
  await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
  for (const size of WINDOWS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await ready();
      await shot(page, `${name}-${size.width}x${size.height}-${colorScheme}`);
    }
  }
}

test('organize: exact starter size, parent counts over subtopics, the tree open after a tab switch', async ({ page, served }) => {
  await page.goto(served.url);
  await clip(page, FERRY, 1);
  await clip(page, RAIL, 2);
  await page.getByRole('button', { name: /^Organize/ }).click();

  const offer = page.getByTestId('starter-size');
  await expect(offer).toHaveText(/^\d+ topics for diplomacy/);
  const size = Number((await offer.textContent())?.match(/^\d+/)?.[0]);
  await page.getByRole('button', { name: 'Add the starter taxonomy' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(await page.getByRole('treeitem', { level: 1 }).count());

  // Both clips are about the Middle Corridor, a subtopic: its parent counts them once each, not 0.
  const parent = page.getByRole('treeitem', { name: /^Transport & connectivity: / });
  await expect(parent).toHaveAttribute('aria-label', /^Transport & connectivity: 2 clips, [1-9]\d* statements?$/);
  await parent.click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('treeitem', { name: /^Middle Corridor: 2 clips/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Tags' }).click();
  await page.getByRole('tab', { name: 'Topics' }).click();
  await expect(page.getByRole('treeitem', { name: /^Middle Corridor: 2 clips/ })).toBeVisible();
  await expect(parent).toHaveAttribute('aria-expanded', 'true');
  // And across a visit to another view, which unmounts Organize altogether.
  await page.getByRole('button', { name: /^Library/ }).click();
  await page.getByRole('button', { name: /^Organize/ }).click();
  await expect(parent).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('treeitem', { name: /^Middle Corridor: 2 clips/ })).toBeVisible();

  // What "Add starter topics" created is the number the offer named.
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(size);
  await page.getByRole('treeitem', { name: /^Middle Corridor: 2 clips/ }).click();
  await shootAll(page, 'organize-tree', async () => {
    await page.getByRole('treeitem', { name: /^Middle Corridor: 2 clips/ }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('form', { name: 'Topic Middle Corridor' }).getByTestId('preview-counts')).toContainText('2 clips');
  });
});

test('explorer: a long statement ends in an ellipsis and opens whole; facets carry counts', async ({ page, served }) => {
  await page.goto(served.url);
  await clip(page, FERRY, 1);
  await clip(page, RAIL, 2);
  // Topics give the Topic filter choices to count.
  await page.getByRole('button', { name: /^Organize/ }).click();
  await page.getByRole('button', { name: 'Add the starter taxonomy' }).click();
  await expect(page.getByRole('treeitem', { name: /^Transport & connectivity: 2 clips/ })).toBeVisible();
  await page.getByRole('button', { name: /^Statements/ }).click();
  const rows = page.locator('.st-row');
  await expect(rows).toHaveCount(3);

  // Each row holds its three lines whole: the statement is clamped to two lines (the ellipsis is line-clamp's),
  // nothing is cut by the row's edge, and a long statement does go on past what is shown.
  for (const size of WINDOWS) {
    await page.setViewportSize(size);
    const fit = await rows.evaluateAll((els) =>
      els.map((row) => {
        const text = row.querySelector<HTMLElement>('.st-text')!;
        // How many lines the statement needs: measured on a copy without the clamp, outside the row.
        const linesUnclamped = (el: HTMLElement) => {
          const copy = el.cloneNode(true) as HTMLElement;
          Object.assign(copy.style, { display: 'block', webkitLineClamp: 'none', maxHeight: 'none', position: 'absolute', visibility: 'hidden', width: `${el.clientWidth}px` });
          document.body.append(copy);
          const lines = Math.round(copy.clientHeight / parseFloat(getComputedStyle(el).lineHeight));
          copy.remove();
          return lines;
        };
        const style = getComputedStyle(text);
        const bottom = row.getBoundingClientRect().bottom - parseFloat(getComputedStyle(row).paddingBottom);
        return {
          clamp: style.webkitLineClamp,
          lines: Math.round(text.clientHeight / parseFloat(style.lineHeight)),
          clipped: linesUnclamped(text) > 2,
          inside: [...row.children].every((child) => child.getBoundingClientRect().bottom <= bottom + 0.5),
          long: (text.textContent ?? '').length > 400,
        };
      }),
    );
    for (const row of fit) {
      expect(row).toMatchObject({ clamp: '2', lines: 2, inside: true });
      if (row.long) expect(row.clipped, 'a long statement needs more than the two lines shown').toBe(true);
    }
  }

  // The filters' choices say how many statements each would keep, as the facet column does.
  await expect(page.getByRole('combobox', { name: 'Official' }).locator('option')).toContainText(['Anyone']);
  await expect(page.getByRole('combobox', { name: 'Topic' }).locator('option').first()).toHaveText('Any topic');
  const topicChoices = page.getByRole('combobox', { name: 'Topic' }).locator('option');
  await expect(topicChoices.filter({ hasText: /^Middle Corridor \(\d+\)$/ })).toHaveCount(1);
  await expect(topicChoices.filter({ hasText: /^Middle Corridor \(0\)$/ })).toHaveCount(0);
  const choices = await topicChoices.allTextContents();
  expect(choices.length).toBeGreaterThan(40);
  for (const choice of choices.slice(1)) expect(choice).toMatch(/ \(\d+\)$/);
  await expect(page.getByRole('region', { name: 'Facets' }).or(page.getByRole('complementary', { name: 'Facets' })).getByRole('button', { name: /English/ })).toContainText('3');

  await shootAll(page, 'explorer', async () => {
    await expect(rows).toHaveCount(3);
  });

  // Opening the clipped statement shows its whole text in the reader.
  await rows.filter({ hasText: 'We will carry twice the cargo' }).click();
  await expect(page.getByRole('article', { name: 'Reader' })).toContainText('when it will reach the Black Sea');
});
