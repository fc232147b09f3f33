// A clip's shown text cut into runs for the formats that can mark highlights (HTML, Markdown, DOCX): each run is
// plain or lies in one or more highlights (the last one opened wins the colour); notes attach at the highlight's end.
import type { ReportAnnotation, ReportClip } from '../model';

export interface TextRun {
  text: string;
  /** The highlights covering this run, innermost last. */
  highlights: ReportAnnotation[];
  /** Highlights that end right after this run (where their note's marker goes). */
  ending: ReportAnnotation[];
}

/** The text a format shows for a clip (the excerpt or the whole), and the highlights that fall inside it. */
export function shownText(clip: ReportClip, fullText: boolean): { text: string; inside: ReportAnnotation[]; outside: ReportAnnotation[] } {
  const text = fullText ? clip.text : clip.excerpt;
  // The excerpt is a prefix of the text (an ellipsis may follow): offsets before its end still hold.
  const limit = fullText ? text.length : text.replace(/…$/, '').length;
  const inside: ReportAnnotation[] = [];
  const outside: ReportAnnotation[] = [];
  for (const a of clip.annotations) (a.start !== null && a.end !== null && a.end <= limit ? inside : outside).push(a);
  return { text, inside, outside };
}

export function runsOf(text: string, highlights: readonly ReportAnnotation[]): TextRun[] {
  const cuts = new Set<number>([0, text.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, h.start!)));
    cuts.add(Math.max(0, Math.min(text.length, h.end!)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    runs.push({
      text: text.slice(from, to),
      highlights: highlights.filter((h) => h.start! <= from && h.end! >= to).sort((a, b) => a.start! - b.start! || b.end! - a.end!),
      ending: highlights.filter((h) => h.end === to),
    });
  }
  return runs;
}

/** Paragraphs of runs: a run that holds blank lines is split there. */
export function paragraphsOf(runs: readonly TextRun[]): TextRun[][] {
  const paragraphs: TextRun[][] = [[]];
  for (const run of runs) {
    const pieces = run.text.split(/\n{2,}/);
    pieces.forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece !== '') paragraphs.at(-1)!.push({ ...run, text: piece, ending: i === pieces.length - 1 ? run.ending : [] });
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}
