import { describe, expect, it } from 'vitest';
import { isTypingKey, moveActive } from '../../../../renderer/src/table/keyboard.ts';

const size = { rows: 100, cols: 5, page: 10 };

describe('moveActive', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveActive({ row: 3, col: 2 }, 'ArrowDown', size)).toEqual({ row: 4, col: 2 });
    expect(moveActive({ row: 3, col: 2 }, 'ArrowLeft', size)).toEqual({ row: 3, col: 1 });
    expect(moveActive({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(moveActive({ row: 99, col: 4 }, 'ArrowRight', size)).toEqual({ row: 99, col: 4 });
  });

  it('goes to the row ends with Home/End, the table ends with Ctrl, and by a screenful with Page keys', () => {
    expect(moveActive({ row: 3, col: 2 }, 'Home', size)).toEqual({ row: 3, col: 0 });
    expect(moveActive({ row: 3, col: 2 }, 'End', size, true)).toEqual({ row: 99, col: 4 });
    expect(moveActive({ row: 3, col: 2 }, 'ArrowDown', size, true)).toEqual({ row: 99, col: 2 });
    expect(moveActive({ row: 95, col: 2 }, 'PageDown', size)).toEqual({ row: 99, col: 2 });
    expect(moveActive({ row: 15, col: 2 }, 'PageUp', size)).toEqual({ row: 5, col: 2 });
  });

  it('brings a position left outside the grid (rows filtered away) back inside, and ignores other keys', () => {
    expect(moveActive({ row: 500, col: 9 }, 'ArrowUp', size)).toEqual({ row: 98, col: 4 });
    expect(moveActive({ row: 0, col: 0 }, 'Enter', size)).toBeNull();
    expect(moveActive({ row: 0, col: 0 }, 'ArrowDown', { rows: 0, cols: 5, page: 10 })).toBeNull();
  });
});

describe('isTypingKey', () => {
  it('is true for a character typed alone, false for shortcuts, space and named keys', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...mods,
    });
    expect(isTypingKey(key('a'))).toBe(true);
    expect(isTypingKey(key('É'))).toBe(true);
    expect(isTypingKey(key('z', { ctrlKey: true }))).toBe(false);
    expect(isTypingKey(key(' '))).toBe(false);
    expect(isTypingKey(key('Enter'))).toBe(false);
  });
});
