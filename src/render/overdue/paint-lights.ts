/**
 * Colour for the traffic-light column of a terminal table. `termTable`
 * sanitises every cell, escape sequences included, so colour cannot go in
 * through the cells; it is put on afterwards, on the first cell of each row,
 * where the light always sits. Only that leading cell is touched: plan text
 * further along the line could spell a light's label too.
 */
import type { ChalkInstance } from 'chalk';
import type { Light } from '../../analyze/schedule.js';
import { paintLight } from '../colors.js';

const lights: readonly Light[] = ['red', 'yellow', 'blue', 'green', 'grey'];

export function paintLightColumn(
  table: string,
  texts: Readonly<Record<Light, string>>,
  chalk: ChalkInstance,
): string {
  if (chalk.level === 0) return table;
  return table
    .split('\n')
    .map((line) => {
      for (const light of lights) {
        const lead = `│ ${texts[light]}`;
        if (line.startsWith(lead)) {
          return `│ ${paintLight(chalk, light, texts[light])}${line.slice(lead.length)}`;
        }
      }
      return line;
    })
    .join('\n');
}

/**
 * Colours every light label in a table holding no plan text (the report's
 * count of lights, whose header is the labels themselves).
 */
export function paintLightLabels(
  table: string,
  texts: Readonly<Record<Light, string>>,
  chalk: ChalkInstance,
): string {
  if (chalk.level === 0) return table;
  let out = table;
  for (const light of lights)
    out = out.split(texts[light]).join(paintLight(chalk, light, texts[light]));
  return out;
}
