/**
 * One shape for "a message about a place": what a rule hits, what the schema refuses, what the YAML
 * reader stops at, what a loaded file reports and what `check` finds are all a {@link Problem},
 * before or after it is given a line and a column ({@link Located}).
 */

export type PathSegment = string | number;
/** A path into the review: `['blurredAreas', 3, 'owner']`. */
export type YamlPath = PathSegment[];

/** A message about a place in a review, named by its path (a `YamlPath`, or one formatted as text). */
export interface Problem<Path = YamlPath> {
  message: string;
  /** The YAML path the problem is about (for a missing field, the field itself); `''` for the whole file. */
  path: Path;
  /** Where to point: the key of `path`, or the value of the nearest existing prefix (default). */
  at?: 'key' | 'value';
  /** The id of the item concerned, when there is one. */
  target?: string;
}

/** A place in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A problem given its line and column; by default its path is formatted (`blurredAreas[3].owner`). */
export type Located<Path = string> = Problem<Path> & Position;
