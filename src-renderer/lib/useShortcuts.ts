import { useEffect, useRef } from 'react';

/** Undo and redo from the keyboard: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd instead
 * of Ctrl on macOS). Keys pressed while typing in a field that has its own undo (a text or
 * number input, a textarea, editable content) are left to that field; so are keys during IME
 * composition (pinyin input). */

export type ShortcutCommand = 'undo' | 'redo';

export interface ShortcutHandlers {
  undo?: () => void;
  redo?: () => void;
}

/** The parts of a KeyboardEvent the decision reads. */
export interface KeyLike {
  key: string;
  /** Physical key (`KeyZ`), for layouts whose `key` is not Latin. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** The command a key press means, or null. `mac`: Cmd is the modifier, else Ctrl. */
export function shortcutOf(event: KeyLike, mac: boolean): ShortcutCommand | null {
  if (event.isComposing || event.altKey) return null;
  const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!modifier) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.code === 'KeyZ' ? 'z' : event.code === 'KeyY' ? 'y' : '';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Input types whose text the browser edits (and undoes) itself. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week', '']);

/** The parts of an event target the decision reads. */
export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  readOnly?: boolean;
}

/** True when the target handles its own undo (so the app's shortcut must not fire). */
export function handlesOwnUndo(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA') return !target.readOnly;
  if (tag === 'INPUT') return !target.readOnly && TEXT_INPUT_TYPES.has((target.type ?? '').toLowerCase());
  return false;
}

/** True on macOS (where Cmd is the shortcut modifier). */
export function isMac(): boolean {
  if (typeof navigator === 'undefined') return false;
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform ?? '';
  return /mac/i.test(platform);
}

/** Listens on the window while mounted (and `enabled`); the handlers may change between
 * renders without re-subscribing. */
export function useShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const mac = isMac();
    const onKey = (event: KeyboardEvent): void => {
      const command = shortcutOf(event, mac);
      if (!command || event.defaultPrevented) return;
      if (handlesOwnUndo(event.target as TargetLike | null)) return;
      const run = ref.current[command];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
