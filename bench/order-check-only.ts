/** `npm run bench:check`: only the order-checking section of the bench. */
import { runOrderCheckBench } from './order-check';
import { say } from './print';

await runOrderCheckBench(say);
