import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { serveArgs } from './serve-args';

describe('orderflow serve flags', () => {
  it('turn into the settings of the same name, checked like env vars', () => {
    const env = serveArgs(['--role', 'worker', '--processes=3']);
    expect(env).toEqual({ ORDERFLOW_ROLE: 'worker', ORDERFLOW_PROCESSES: '3' });
    const config = loadConfig(env);
    expect([config.role, config.processes]).toEqual(['worker', 3]);
    expect(() => loadConfig(serveArgs(['--role', 'boss']))).toThrow(/ORDERFLOW_ROLE/);
  });

  it('name an unknown or empty flag and show the usage', () => {
    expect(() => serveArgs(['--roles', 'api'])).toThrow(/unknown option "--roles"[\s\S]*usage: orderflow serve/);
    expect(() => serveArgs(['--processes'])).toThrow(/--processes needs a value/);
  });
});
