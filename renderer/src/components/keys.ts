// When a keyboard shortcut may act: not while someone types in a field, and not behind an open dialog.

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/** A single-key shortcut (no modifier, not already handled). */
export function shortcutAllowed(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  return !isTyping(event.target) && !dialogOpen();
}
