// The colours a report's highlights and tags use, as classes of its stylesheet rather than style="" attributes:
// the app's preview runs under a policy that refuses inline style attributes (and logs each one it refuses), and a
// stylesheet of our own making is the one place colours are written.
import { safeColor } from './escape';

export class Palette {
  private readonly classes = new Map<string, string>();

  /** The class that gives this background colour (a colour that is not one becomes the default highlight). */
  background(color: string): string {
    const safe = safeColor(color).toLowerCase();
    let name = this.classes.get(safe);
    if (!name) {
      name = `bg-${this.classes.size + 1}`;
      this.classes.set(safe, name);
    }
    return name;
  }

  /** The rules for every colour asked for so far. */
  css(): string {
    return [...this.classes].map(([color, name]) => `.${name} { background: ${color}; }`).join('\n');
  }
}
