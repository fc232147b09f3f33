import { Dialog } from './Dialog';

export const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/⌘ + V', 'Clip the text on the clipboard (anywhere outside a text field)'],
  ['N', 'New clip: paste and review before saving'],
  ['Ctrl/⌘ + O', 'Import files: pages, e-mails, PDFs, clip logs, feeds, zips'],
  ['Ctrl/⌘ + K', 'Search the list (the ? beside the box shows how searches are written)'],
  ['J / K', 'Next / previous clip'],
  ['Shift + J / K, Shift/Ctrl + click', 'Pick several clips, to tag or trash them together'],
  ['Ctrl/⌘ + A', 'Pick every clip in the list'],
  ['Enter', 'Open the selected clip in the reader'],
  ['E', 'Edit the title'],
  ['H', 'Highlight the selected words (colour, note, tags)'],
  ['T', 'Add a tag to the open clip (removing one has Undo in the message)'],
  ['P', 'Give the open clip a topic: type to find it, Enter gives it'],
  ['Enter / Delete', 'On a topic chip (Tab to it): confirm the suggested topic / remove it'],
  ['1 / 2 / 3', 'Set the clip’s tone: positive / neutral / negative'],
  ['G then S', 'Statements: search what was said, by official, topic, outlet and period'],
  ['G then O', 'Organize: topics and their rules, tags, all annotations'],
  ['G then R', 'Reports: build a digest or coverage report, preview and export it'],
  ['Delete', 'Move the clip to the trash (Undo in the message)'],
  ['?', 'This list'],
  ['Esc', 'Close a dialog or cancel an edit'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                {keys.split(' ').map((k, i) => (k === '+' || k === '/' || k === 'then' ? <span key={i}> {k} </span> : <kbd key={i}>{k}</kbd>))}
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
