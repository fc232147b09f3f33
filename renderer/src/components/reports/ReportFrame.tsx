// The preview frame: loaded once with an empty page, then given each version of the report (see reportFrame.ts).
import { useEffect, useRef, useState } from 'react';
import { BLANK_FRAME, showReport } from './reportFrame';

interface Props {
  html: string;
  stale: boolean;
}

export function ReportFrame({ html, stale }: Props) {
  const ref = useRef<HTMLIFrameElement>(null);
  // Counts the frame's loads: a reload (the frame moved in the page) empties it, and the report goes in again.
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    if (loads > 0 && ref.current) showReport(ref.current, html);
  }, [html, loads]);
  return (
    <iframe
      ref={ref}
      className={`preview-frame${stale ? ' stale' : ''}`}
      title="Report preview"
      sandbox="allow-same-origin"
      srcDoc={BLANK_FRAME}
      onLoad={() => setLoads((n) => n + 1)}
    />
  );
}
