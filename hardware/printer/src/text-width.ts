/**
 * Widths as the printer sees them: in Chinese mode every non-ASCII character is a GB18030 multi-byte code
 * printed from the 24-dot Chinese font, i.e. two columns; ASCII is one. Wrapping is ours, because a printer
 * that wraps by itself splits words and labels wherever the paper ends.
 */

export function charColumns(ch: string): number {
  return (ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

export function textColumns(text: string): number {
  let cols = 0;
  for (const ch of text) cols += charColumns(ch);
  return cols;
}

/** Breaks ASCII text between words where it can and Chinese text between any two characters. */
export function wrap(text: string, columns: number): string[] {
  if (columns < 2) throw new RangeError(`cannot wrap to ${columns} columns`);
  const tokens = text.trim().match(/[!-~]+|\s+|[^\p{ASCII}]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = (): void => {
    lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (width > 0 && width < columns) {
        line += ' ';
        width += 1;
      }
      continue;
    }
    const w = textColumns(token);
    if (width + w > columns && width > 0) push();
    if (w <= columns) {
      line += token;
      width += w;
      continue;
    }
    // A word longer than a line (a long URL-like string): split it by characters.
    for (const ch of token) {
      const cw = charColumns(ch);
      if (width + cw > columns) push();
      line += ch;
      width += cw;
    }
  }
  if (line.trim() !== '' || lines.length === 0) push();
  return lines;
}

/** "label value", with continuation lines indented under the value. */
export function labelled(label: string, value: string, columns: number): string[] {
  const indent = textColumns(label);
  if (indent > columns / 2) return [label, ...wrap(value, columns)];
  const [first = '', ...rest] = wrap(value, columns - indent);
  return [label + first, ...rest.map((l) => ' '.repeat(indent) + l)];
}
