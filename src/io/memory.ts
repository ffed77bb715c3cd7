/**
 * Flat memory over a long folder run. V8 doubles its young generation each time enough objects have
 * survived its collections. A folder run reaches 2 × 8 MB within its first few hundred files, and
 * over thousands of files doubles it once more, to 2 × 16 MB: the peak memory of `check` over
 * 10,000 files was 104 MiB, against 81 MiB over 1,000, and it bought no speed, since every file's
 * objects die with the file. Once the young generation has reached 16 MB, the walk over a folder
 * holds it there (`--semi-space-growth-factor=1`, which V8 reads each time it grows) until the
 * command ends (main.ts `run`), so what a command builds from the whole folder (a benchmark's
 * peers) is held too. Then V8's own factor is restored: V8 checks its code cache against the flags,
 * so they must be as they were when bin/review.js writes the cache. A semi-space flag given by the
 * user is left alone.
 */
import type * as V8 from 'node:v8';

/** What the hold needs of node:v8. */
export type V8Heap = Pick<typeof V8, 'getHeapSpaceStatistics' | 'setFlagsFromString'>;

/** The young generation's size (both halves) at which a folder run stops it growing. */
export const HOLD_AT = 16 * 1024 * 1024;
/** V8's own growth factor, restored when the command ends. */
const V8_GROWTH_FACTOR = 2;

export class YoungGenerationHold {
  private held = false;

  /**
   * `v8` gives node:v8 once it is loaded (undefined until then); `userChose` says whether the user
   * gave a semi-space flag of their own.
   */
  constructor(
    private readonly v8: () => V8Heap | undefined,
    private readonly userChose: () => boolean,
  ) {}

  /** Called every few files of a folder: once the young generation has reached {@link HOLD_AT}, it grows no more. */
  check(): void {
    if (this.held) return;
    const v8 = this.v8();
    if (!v8) return;
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < HOLD_AT || this.userChose()) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    this.held = true;
  }

  /** The command has ended: V8 grows its young generation as it would. */
  release(): void {
    if (!this.held) return;
    this.v8()?.setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
    this.held = false;
  }
}

/** node:v8, loaded when a folder proves long (loading it costs about 2 ms of every start). */
let loaded: V8Heap | undefined;
let loading = false;

function processV8(): V8Heap | undefined {
  if (!loaded && !loading) {
    loading = true;
    void import('node:v8').then((module) => (loaded = module));
  }
  return loaded;
}

function userChoseSemiSpace(): boolean {
  return /semi[-_]space/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
}

/** This process's young generation. */
export const youngGeneration = new YoungGenerationHold(processV8, userChoseSemiSpace);
