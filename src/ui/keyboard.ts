/** Keyboard helpers shared by the app's shortcuts. */

/** Where typing has its own keys (a text box): undo there is the text's own, and "?" is a character. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type);
}

/**
 * The letter a shortcut means, whatever the keyboard layout: with Persian (or Cyrillic…) active,
 * Ctrl+Z gives `event.key` «ظ», so the physical key (`event.code`, "KeyZ") decides then.
 */
export function shortcutLetter(event: Pick<KeyboardEvent, 'key' | 'code'>): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const match = /^Key([A-Z])$/.exec(event.code);
  return match ? match[1]!.toLowerCase() : event.key;
}

/** "?" on any layout: the Persian layout gives the Arabic question mark «؟». */
export function isQuestionMark(event: Pick<KeyboardEvent, 'key'>): boolean {
  return event.key === '?' || event.key === '؟';
}
