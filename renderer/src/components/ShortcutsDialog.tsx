import { Dialog } from './Dialog';

export const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/⌘ + V', 'Clip the text on the clipboard (anywhere outside a text field)'],
  ['N', 'New clip: paste and review before saving'],
  ['Ctrl/⌘ + O', 'Import files: pages, e-mails, PDFs, clip logs, feeds, zips'],
  ['Ctrl/⌘ + K', 'Search the list'],
  ['J / K', 'Next / previous clip'],
  ['Enter', 'Open the selected clip in the reader'],
  ['E', 'Edit the title'],
  ['H', 'Highlight the selected words (colour, note, tags)'],
  ['T', 'Add a tag to the open clip'],
  ['1 / 2 / 3', 'Set the clip’s tone: positive / neutral / negative'],
  ['G then O', 'Organize: topics and their rules, tags, all annotations'],
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
