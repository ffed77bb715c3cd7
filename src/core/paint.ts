/**
 * Colours as plain functions, so renderers stay pure and never import a terminal library. The shell
 * passes chalk's functions, or {@link plain} when colour is off.
 */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  enabled: boolean;
}

const same = (s: string) => s;

export const plain: Paint = {
  red: same,
  yellow: same,
  green: same,
  cyan: same,
  magenta: same,
  dim: same,
  bold: same,
  underline: same,
  enabled: false,
};
