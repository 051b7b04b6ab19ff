// Shared by the executables: runs the TypeScript sources directly through tsx, so `npx orderflow` and
// `npm start` work right after `npm ci` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
