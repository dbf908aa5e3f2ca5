/**
 * The stacked overdue list (a narrow terminal) read back into its blocks:
 * a block begins with a line that starts with a light and runs to the next
 * blank line; its lines are joined without the light and the indent. A wrap
 * at a space drops that space, so compare with `squash` from box-table.
 */
export interface StackedBlock {
  /** The light as printed at the block's start: `● 红灯`. */
  readonly light: string;
  /** Every line of the block after the light, joined. */
  readonly text: string;
}

export function stackedBlocks(text: string, lightTexts: readonly string[]): StackedBlock[] {
  const blocks: { light: string; text: string }[] = [];
  let current: { light: string; text: string } | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const light = lightTexts.find((candidate) => line.startsWith(candidate));
    if (light) {
      current = { light, text: line.slice(light.length) };
      blocks.push(current);
    } else if (current) current.text += line;
  }
  return blocks;
}
