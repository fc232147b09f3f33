// A tag's colour: a swatch that opens the system colour picker. Dragging in the picker sends many changes; the
// last one is saved once the picking pauses.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { TagRecord } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { useToast } from '../Toasts';
import { invalidateOrganize } from './api';

export function TagColor({ tag }: { tag: TagRecord }) {
  const client = useQueryClient();
  const toast = useToast();
  const [picked, setPicked] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (color: string) => {
    setPicked(color);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      call('tags.update', { id: tag.id, color })
        .then(() => invalidateOrganize(client))
        .catch((err: unknown) => toast({ tone: 'error', message: `Could not change the colour of “${tag.name}”: ${errorMessage(err)}` }))
        .finally(() => setPicked(null));
    }, 400);
  };

  return (
    <input type="color" className="tag-swatch" value={picked ?? tag.color} aria-label={`Colour of ${tag.name}`} title={`Colour: ${tag.color}`} onChange={(e) => change(e.target.value)} />
  );
}
