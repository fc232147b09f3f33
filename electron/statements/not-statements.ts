// Clauses the reported-speech patterns read that a reader would not call a statement: the setting of a quotation
// ("told reporters aboard Air Force One"), an opening phrase before a verb whose words follow it ("In a wide-ranging
// interview, President Obama also said:"), a manner rather than a source ("priced according to how expensive they
// were to build"), and a description that is not a claim ("described a chaotic six hours").
import type { ReportedMatch } from './reported';
import { words } from './patterns';

/** A phrase of place, time or occasion with no verb of its own. */
const SETTING_OPENER = /^(?:in|at|on|during|aboard|after|before|from|with|via|over|inside|outside|while|amid|ahead of)\s/i;
const VERB_WORD = /(?<![\p{L}])(?:is|are|was|were|be|been|being|will|would|has|have|had|can|could|should|must|may|might|do|does|did|said|says|\p{Ll}+(?:ed|ing))(?![\p{L}])/u;
/** What opens the words a verb introduces after it: a colon or a quotation mark. */
const OPENS_AFTER = /^\s*(?:[:“"«„]|''(?!'))/;
/** "According to how …", "according to what …": how something is done, not who says so. */
const MANNER = /^(?:how|what|whether|when|where|which|why|whom)\s/i;

export function notAStatement(text: string, match: ReportedMatch, end: number): boolean {
  const content = text.slice(match.content.start, end);
  if (SETTING_OPENER.test(content) && words(content) <= 8 && !VERB_WORD.test(content)) return true;
  // "…,” her mother, Fiona, said in a statement": the occasion after the verb is no one's name.
  if (SETTING_OPENER.test(match.mention)) return true;
  // The words before a verb whose statement follows it (a quotation or a colon): they set the scene.
  if (match.cueAt !== undefined && match.content.end <= match.cueAt) {
    const cueEnd = match.cueAt + match.cue.length;
    if (text.slice(match.cueAt, cueEnd).replace(/\s+/g, ' ') === match.cue && OPENS_AFTER.test(text.slice(cueEnd, cueEnd + 4))) return true;
  }
  if (match.cue === 'according to' && MANNER.test(match.mention)) return true;
  // "described the plan as reckless" is a claim; "described a chaotic six hours" a narration.
  if (/^describe[sd]?$/i.test(match.cue) && !/(?<![\p{L}])as(?![\p{L}])/u.test(content)) return true;
  return false;
}
