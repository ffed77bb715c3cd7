/**
 * Text wrapped at word boundaries to a width, for the terminal. Colour escapes take no room and
 * wide characters (CJK, most emoji) take two columns. A word longer than the width stays whole.
 */

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(SGR, '')) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Each line of `text` wrapped to `width` columns; continuation lines keep the line's indent. */
export function wrapText(text: string, width: number): string {
  if (!(width > 10)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const indent = /^ */.exec(line)?.[0] ?? ''; // `^ *` matches every line
      const words = line.slice(indent.length).split(/ +/);
      const out: string[] = [];
      let current = indent;
      let used = indent.length;
      for (const word of words) {
        const w = displayWidth(word);
        if (used > indent.length && used + 1 + w > width) {
          out.push(current);
          current = indent + word;
          used = indent.length + w;
        } else {
          current += used > indent.length ? ` ${word}` : word;
          used += (used > indent.length ? 1 : 0) + w;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
