import { describe, expect, it } from 'vitest';
import { handlesOwnUndo, shortcutOf, type KeyLike } from '../../../../src-renderer/lib/useShortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutOf', () => {
  it('reads Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y off macOS', () => {
    expect(shortcutOf(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutOf(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(shortcutOf(key('z', { metaKey: true }), false)).toBeNull();
    expect(shortcutOf(key('z'), false)).toBeNull();
    expect(shortcutOf(key('x', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutOf(key('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });

  it('reads Cmd on macOS', () => {
    expect(shortcutOf(key('z', { metaKey: true }), true)).toBe('undo');
    expect(shortcutOf(key('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(shortcutOf(key('z', { ctrlKey: true }), true)).toBeNull();
  });

  it('falls back to the physical key and stays out of IME composition', () => {
    expect(shortcutOf(key('Unidentified', { code: 'KeyZ', ctrlKey: true }), false)).toBe('undo');
    expect(shortcutOf(key('z', { ctrlKey: true, isComposing: true }), false)).toBeNull();
  });
});

describe('handlesOwnUndo', () => {
  it('is true for text fields and editable content, false for sliders, buttons and checkboxes', () => {
    expect(handlesOwnUndo({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(handlesOwnUndo({ tagName: 'input', type: 'number' })).toBe(true);
    expect(handlesOwnUndo({ tagName: 'TEXTAREA' })).toBe(true);
    expect(handlesOwnUndo({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(handlesOwnUndo({ tagName: 'INPUT', type: 'text', readOnly: true })).toBe(false);
    expect(handlesOwnUndo({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(handlesOwnUndo({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(handlesOwnUndo({ tagName: 'DIV' })).toBe(false);
    expect(handlesOwnUndo(null)).toBe(false);
  });
});
