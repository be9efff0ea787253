// The worker's entry when the CLI runs from source (tests, tsx). tsx registers its TypeScript hooks in the
// main thread only (on Node 20), so a worker registers them itself before importing the TypeScript module.
import { workerData } from 'node:worker_threads';

const { register } = await import(workerData.tsxApi);
register();
await import(workerData.module);
