import type { Task } from './types.js';

/** The 进展情况: the newest update that says something. */
export function latestNoteOf(task: Task): string | undefined {
  for (let i = task.updates.length - 1; i >= 0; i--) {
    const note = task.updates[i]!.note;
    if (note !== undefined && note.trim() !== '') return note;
  }
  return undefined;
}
