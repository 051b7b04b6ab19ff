/**
 * Zod 4 compiles object parsers with `new Function` wherever the platform allows it. Nothing is
 * evaluated at run time here, neither our code nor a library's (and the editor keeps a CSP without
 * 'unsafe-eval'), so zod is told to interpret. The flag is read when a schema is built, so this module
 * is the first import of the runtime's entries and of every program's entry (editor, workers, server,
 * CLI); package.json lists it under sideEffects so bundlers keep it.
 */
import { config } from 'zod';

config({ jitless: true });
