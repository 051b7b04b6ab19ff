/** `npm run bench:forecast`: only the forecast section of the bench. */
import { runForecastBench } from './forecast';
import { say } from './print';

runForecastBench(say);
