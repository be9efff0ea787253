// The worker's entry when the CLI runs from source (tests, tsx): piscina loads this file, which hands it the
// task of worker.ts. tsx registers its TypeScript hooks in the main thread only (on Node 20), so a worker
// registers them itself before importing the TypeScript module.
import { workerData } from 'node:worker_threads';

const { register } = await import(workerData.tsxApi);
register();
const worker = await import(workerData.module);

export default worker.default;
