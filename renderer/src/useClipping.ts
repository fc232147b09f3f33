// Every way a clip arrives from the window: pasted text, pasted rich HTML, a pasted web address, dropped or
// picked files (one file is clipped at once; several, or an archive, become a background import job).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ClipResult } from '../../electron/api/types';
import { call, errorMessage } from './api/client';
import { isZip, readUploads } from './api/files';
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
      const { uploads, tooLarge } = await readUploads(files);
      for (const name of tooLarge) toast({ tone: 'error', message: `${name} is larger than 48 MB; import it with \`verbatim import\` instead.` });
      if (uploads.length === 0) return;
      if (files.length === 1 && uploads.length === 1 && !files.some(isZip)) {
        const [upload] = uploads as [(typeof uploads)[number]];
        await call('clips.fromFile', upload)
          .then((results) => several(upload.name, results))
          .catch(fail(`${upload.name} was not clipped`));
        return;
      }
      await call('imports.start', { files: uploads })
        .then(() => client.invalidateQueries({ queryKey: keys.jobs }))
        .catch(fail('The import did not start'));
    },
    [client, several, fail, toast],
  );

  return { clipText, clipHtml, clipUrl, clipFiles };
}
