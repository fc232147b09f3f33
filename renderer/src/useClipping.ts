// Every way a clip arrives from the window: pasted text, pasted rich HTML, a pasted web address, dropped or
// picked files (one file is clipped at once; several, or an archive, become a background import job).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ClipResult } from '../../electron/api/types';
import { call, errorMessage } from './api/client';
import { isTooLarge, isZip, readUpload } from './api/files';
import { invalidateLibrary, keys } from './api/queries';
import { useToast } from './components/Toasts';

export function useClipping(onClipped: (result: ClipResult) => void) {
  const client = useQueryClient();
  const toast = useToast();

  const fail = useCallback((what: string) => (err: unknown) => toast({ tone: 'error', message: `${what}: ${errorMessage(err)}` }), [toast]);

  const several = useCallback(
    (name: string, results: ClipResult[]) => {
      if (results.length === 1) return onClipped(results[0]!);
      const created = results.filter((r) => r.status === 'created').length;
      invalidateLibrary(client);
      if (results[0]) onClipped({ ...results[0], status: results[0].status === 'created' ? 'created' : 'duplicate' });
      toast({ message: `${name}: ${created} of ${results.length} clips new; the rest were already in the library.` });
    },
    [client, onClipped, toast],
  );

  const clipText = useCallback((text: string) => call('clips.fromText', { text }).then(onClipped).catch(fail('Nothing was clipped')), [onClipped, fail]);

  const clipHtml = useCallback((html: string, text: string) => call('clips.fromHtml', { html, text }).then(onClipped).catch(fail('Nothing was clipped')), [onClipped, fail]);

  const clipUrl = useCallback(
    (url: string) => {
      toast({ message: `Fetching ${url}…` });
      return call('clips.fromUrl', { url })
        .then((results) => several(url, results))
        .catch(fail(`Could not clip ${url}`));
    },
    [several, fail, toast],
  );

  const clipFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const fitting = files.filter((file) => !isTooLarge(file));
      for (const file of files) if (isTooLarge(file)) toast({ tone: 'error', message: `${file.name} is larger than 48 MB; import it with \`verbatim import\` instead.` });
      if (fitting.length === 0) return;
      if (files.length === 1 && fitting.length === 1 && !isZip(fitting[0]!)) {
        const upload = await readUpload(fitting[0]!);
        await call('clips.fromFile', upload)
          .then((results) => several(upload.name, results))
          .catch(fail(`${upload.name} was not clipped`));
        return;
      }
      // Each file travels in a call of its own (no call could carry a drop of several large files), read one at a
      // time so that the page holds one file's bytes at once; then one job imports them all.
      if (fitting.length > 3) toast({ message: `Sending ${fitting.length.toLocaleString()} files to the library…` });
      const staged: string[] = [];
      for (const file of fitting) {
        try {
          staged.push((await call('imports.stage', await readUpload(file))).id);
        } catch (err) {
          fail(`${file.name} was not sent`)(err);
        }
      }
      if (staged.length === 0) return;
      await call('imports.start', { staged })
        .then(() => client.invalidateQueries({ queryKey: keys.jobs }))
        .catch(fail('The import did not start'));
    },
    [client, several, fail, toast],
  );

  return { clipText, clipHtml, clipUrl, clipFiles };
}
