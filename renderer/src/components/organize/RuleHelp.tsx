// A short reminder of the rule language, written for this view (the parser's own help lives in the main process,
// which the renderer cannot import); it names the same operators and fields the parser reads.
const HELP: Array<[string, string, string]> = [
  ['word', 'the word, whatever its case', 'corridor'],
  ['"phrase"', 'the words together, in this order', '"Middle Corridor"'],
  ['a b   a AND b', 'both', 'Caspian ferry'],
  ['a OR b', 'either', 'Baku OR Tbilisi'],
  ['NOT a   -a', 'without', 'pipeline NOT gas'],
  ['( … )', 'group', '(rail OR ferry) Caspian'],
  ['prefix*', 'words that start so', 'digit*'],
  ['a NEAR/5 b', 'within 5 words of each other', 'sanctions NEAR/5 Iran'],
  ['lang:ru', 'clips in a language', 'lang:az'],
  ['tag:x', 'what carries a tag', 'tag:follow-up'],
  ['official:"…"', 'what an official said', 'official:"Hikmet Hajiyev"'],
];

export function RuleHelp() {
  return (
    <details className="rule-help">
      <summary>How rules are written</summary>
      <table>
        <tbody>
          {HELP.map(([syntax, meaning, example]) => (
            <tr key={syntax}>
              <th scope="row">
                <code>{syntax}</code>
              </th>
              <td>{meaning}</td>
              <td>
                <code>{example}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
