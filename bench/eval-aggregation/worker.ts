// One evaluation timeline off the main thread, so that the runs share the machine's cores.
import { parentPort, workerData } from 'node:worker_threads';
import type { CandidatePool } from '../../packages/core/src/simulation/candidates.js';
import type { EvaluationOptions } from '../../packages/core/src/simulation/timeline.js';
import { runEvaluation } from '../../packages/core/src/simulation/timeline.js';

const { pools, options } = workerData as { pools: CandidatePool[]; options: EvaluationOptions };
parentPort?.postMessage(runEvaluation(pools, options));
