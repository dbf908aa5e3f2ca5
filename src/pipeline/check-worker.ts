// A worker thread of `plan check`: checks its share of the files and sends
// the reports back. Bundled as dist/check-worker.js.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckSettings, checkNamesHere } from './check-files.js';

const { names, settings } = workerData as { names: string[]; settings: CheckSettings };
const reports = await checkNamesHere(names, settings, Readable.from([]));
parentPort?.postMessage(reports);
