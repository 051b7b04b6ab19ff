/** `npm run bench:route`: only the routing-at-scale section of the bench. */
import { say } from './print';
import { runRouteBench } from './route';

await runRouteBench(say);
