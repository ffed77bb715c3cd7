import { describe, expect, it } from 'vitest';
import { HOLD_AT, YoungGenerationHold, type V8Heap } from '../../src/io/memory.js';

/** A V8 whose young generation is `size` bytes, recording the flags set on it. */
function fakeV8(size: { young: number }): V8Heap & { flags: string[] } {
  const flags: string[] = [];
  return {
    flags,
    getHeapSpaceStatistics: () => [
      { space_name: 'old_space', space_size: 64 << 20, space_used_size: 0, space_available_size: 0, physical_space_size: 0 },
      { space_name: 'new_space', space_size: size.young, space_used_size: 0, space_available_size: 0, physical_space_size: 0 },
    ],
    setFlagsFromString: (f: string) => void flags.push(f),
  };
}

describe('the young generation hold of a folder run', () => {
  it('waits until the young generation has reached 16 MB, then stops its growth once, and restores V8’s factor at the end', () => {
    const size = { young: 4 << 20 };
    const v8 = fakeV8(size);
    const hold = new YoungGenerationHold(
      () => v8,
      () => false,
    );
    hold.check();
    size.young = HOLD_AT - 1;
    hold.check();
    expect(v8.flags).toEqual([]);
    size.young = HOLD_AT;
    hold.check();
    hold.check();
    expect(v8.flags).toEqual(['--semi-space-growth-factor=1']);
    hold.release();
    hold.release();
    expect(v8.flags).toEqual(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2']);
  });

  it('does nothing before node:v8 is loaded, nor when the user chose a semi-space size, and releases nothing it did not hold', () => {
    const v8 = fakeV8({ young: 32 << 20 });
    const loaded: { v8?: V8Heap } = {};
    const lazy = new YoungGenerationHold(
      () => loaded.v8,
      () => false,
    );
    lazy.check();
    lazy.release();
    loaded.v8 = v8;
    const chosen = new YoungGenerationHold(
      () => v8,
      () => true,
    );
    chosen.check();
    chosen.release();
    expect(v8.flags).toEqual([]);
    lazy.check();
    expect(v8.flags).toEqual(['--semi-space-growth-factor=1']);
  });
});
