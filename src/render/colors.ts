import { Chalk, type ChalkInstance } from 'chalk';
import type { Light } from '../analyze/schedule.js';

/** A chalk that colours only when asked: renderers never look at the terminal. */
export function makeChalk(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

/** The colour of each traffic light. */
export function paintLight(chalk: ChalkInstance, light: Light, text: string): string {
  switch (light) {
    case 'red':
      return chalk.red(text);
    case 'yellow':
      return chalk.yellow(text);
    case 'blue':
      return chalk.blue(text);
    case 'green':
      return chalk.green(text);
    default:
      return chalk.gray(text);
  }
}

/** A light as a dot, with its name for readers without colour. */
export const lightDot: Record<Light, string> = {
  red: '●',
  yellow: '●',
  blue: '●',
  green: '●',
  grey: '○',
};
