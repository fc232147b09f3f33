// `verbatim officials import FILE [--dry-run]` and `verbatim officials export [--format] [--out]`, run in this
// process against a library in a temporary folder. The list of officials is written for this test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli';
import { tempLibraryPath } from '../helpers/library';

const LIST = [
  'name,spellings,country,organization,roles',
  'Hikmet Hajiyev,Hikmət Hacıyev | Хикмет Гаджиев,Azerbaijan,Presidential Administration,Assistant to the President ; Presidential Administration ; 2021-01-01',
  'Nino Beridze,ნინო ბერიძე,Georgia,,',
  'Q,,,,',
].join('\n');

function files(): { db: string; dir: string; csv: string } {
  const db = tempLibraryPath();
  const dir = path.dirname(db);
  const csv = path.join(dir, 'officials.csv');
  fs.writeFileSync(csv, LIST);
  return { db, dir, csv };
}

describe('verbatim officials', () => {
  it('imports a CSV after a dry run that wrote nothing, and exports it again as JSON and CSV', async () => {
    const { db, dir, csv } = files();
    const dry = await run(['officials', 'import', csv, '--dry-run', '--db', db]);
    expect(dry.out).toBe('Would add 2 officials; would merge 0 into officials already in the registry.\nrow 4: refused: name: A name needs at least two letters.\nNothing was written (--dry-run).\n');
    expect(dry.code).toBe(1);
    expect(JSON.parse((await run(['officials', 'export', '--format', 'json', '--db', db])).out).officials).toEqual([]);

    const done = await run(['officials', 'import', csv, '--db', db, '--json']);
    expect(JSON.parse(done.out)).toMatchObject({ dryRun: false, added: 2, merged: 0, refused: [{ row: 4 }] });

    const out = path.join(dir, 'registry.json');
    expect((await run(['officials', 'export', '--out', out, '--db', db])).code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(out, 'utf8')) as { officials: Array<{ name: string; spellings: string[] }> };
    expect(exported.officials.map((o) => [o.name, o.spellings])).toEqual([
      ['Hikmet Hajiyev', ['Hikmət Hacıyev', 'Хикмет Гаджиев']],
      ['Nino Beridze', ['ნინო ბერიძე']],
    ]);
    const asCsv = await run(['officials', 'export', '--db', db]);
    expect(asCsv.out.split('\r\n')[1]).toBe(LIST.split('\n')[1]);
    // Importing its own export again adds nothing and merges each into itself.
    expect((await run(['officials', 'import', out, '--db', db])).out).toMatch(/^Added 0 officials; merged 2 into officials/);
  });

  it('says in one line what is wrong with a file it cannot read', async () => {
    const { db, dir } = files();
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['people.csv', 'title,url\nx,y\n', /^verbatim: .*people\.csv: The column “title” is not one Verbatim reads; the columns are name, spellings, country, organization, roles\.\n$/],
      ['people.json', '[{"name": "Nino"', /^verbatim: .*people\.json: The file is not readable JSON: .*\n$/],
      ['latin1.csv', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e]), /^verbatim: .*latin1\.csv is not UTF-8 text; save it from the spreadsheet as CSV UTF-8\.\n$/],
      ['people.txt', 'name\nNino Beridze\n', /^verbatim: Say which format the file is in: --format csv or --format json\.\n$/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      const result = await run(['officials', 'import', file, '--db', db]);
      expect(result.err, name).toMatch(message);
      expect(result.code, name).not.toBe(0);
    }
    expect((await run(['officials', 'import', path.join(dir, 'missing.csv'), '--db', db])).err).toMatch(/missing\.csv: no such file\.\n$/);
    expect((await run(['officials', 'rename', '--db', db])).err).toBe('verbatim: Say what to do with the registry of officials: export, or import FILE.\n');
  });
});
