/** `npm run bench:channels`: only the channel normalisation section of the bench. */
import { runChannelBench } from './channels';
import { say } from './print';

await runChannelBench(say);
