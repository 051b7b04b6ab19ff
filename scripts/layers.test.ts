import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileViolations, foldersWithoutRule, formatViolation, layerViolations, sourceFiles } from './check-layers';

const root = join(import.meta.dirname, '..');

describe('the layer table (scripts/layers.ts)', () => {
  it('holds for every source file: no folder imports upward, pure layers stay pure', () => {
    expect(sourceFiles(root).length).toBeGreaterThan(500);
    expect(layerViolations(root).map(formatViolation)).toEqual([]);
  });

  it('has a row for every top-level folder with code', () => {
    expect(foldersWithoutRule(root)).toEqual([]);
  });
});

describe('the layer check', () => {
  const rules = (file: string, text: string) => fileViolations(file, text).map((v) => `${v.line} ${v.what} ${v.rule}`);

  it('names the file, the import and the rule of an upward import', () => {
    const [found] = fileViolations('runtime/simulation/batch.ts', "import { x } from '../../cli/summary/summary';\n");
    expect(formatViolation(found!)).toBe(
      "runtime/simulation/batch.ts:1: '../../cli/summary/summary' — runtime/ may import no other folder, not cli/ " +
        '(the interpreter is the bottom layer; its tests may run the core node types)',
    );
  });

  it('reads re-exports, dynamic and type-only imports, and ignores comments and strings', () => {
    const text = [
      "// import { a } from '../../editor/a';",
      'const s = "from \'../../editor/b\'";',
      "export { c } from '../../editor/c';",
      "import type { D } from '../../cli/d';",
      "const e = () => import('../../server/e');",
    ].join('\n');
    expect(rules('nodes/x/x.ts', text).map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual([
      '3 ../../editor/c',
      '4 ../../cli/d',
      '5 ../../server/e',
    ]);
  });

  it('lets tests import what their row adds, and nothing else', () => {
    expect(rules('runtime/engine/run.test.ts', "import { coreRegistry } from '../../nodes/index';")).toEqual([]);
    expect(rules('runtime/engine/run.ts', "import { coreRegistry } from '../../nodes/index';")).toHaveLength(1);
    expect(rules('runtime/engine/run.test.ts', "import { x } from '../../editor/x';")).toHaveLength(1);
  });

  it('keeps pure layers to their packages, free of platform globals, the clock and chance', () => {
    expect(rules('nodes/x/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(rules('nodes/x/x.ts', "import React from 'react';")).toHaveLength(1);
    expect(rules('nodes/x/x.ts', "import { z } from 'zod';")).toEqual([]);
    expect(rules('forecast/x.ts', 'const now = Date.now();\nconst at = new Date();\nconst r = Math.random();')).toEqual(
      [
        '1 Date.now() forecast/ is pure: time comes from an injected clock, and nothing from chance',
        '2 new Date() forecast/ is pure: time comes from an injected clock',
        '3 Math.random() forecast/ is pure: time comes from an injected clock, and nothing from chance',
      ],
    );
    expect(rules('runtime/x.ts', 'const at = new Date(input); // window.location')).toEqual([]);
    expect(rules('runtime/x.ts', 'const w = window.innerWidth;')).toHaveLength(1);
    expect(rules('channels/node/fixtures.ts', "import { readFileSync } from 'node:fs';")).toEqual([]);
  });

  it('keeps Node built-ins out of the browser app but not out of its tests', () => {
    expect(rules('editor/app/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(rules('editor/app/x.test.ts', "import { readFileSync } from 'node:fs';")).toEqual([]);
    expect(rules('editor/app/x.ts', "import { create } from 'zustand';")).toEqual([]);
  });

  it('keeps runtime internals private: other folders import its two entries (tests may use its test support)', () => {
    expect(rules('editor/app/x.ts', "import { runFlow } from '../../runtime/engine/run';")).toHaveLength(1);
    expect(rules('editor/app/x.ts', "import { runFlow } from '../../runtime/index';")).toEqual([]);
    expect(rules('nodes/x/x.node.ts', "import { defineNode } from '../../runtime/node/index';")).toEqual([]);
    expect(rules('nodes/x/x.test.ts', "import { testFlow } from '../../runtime/testing/builders';")).toEqual([]);
    expect(rules('nodes/x/x.node.ts', "import { testFlow } from '../../runtime/testing/builders';")).toHaveLength(1);
    expect(rules('runtime/engine/x.ts', "import { flowSchema } from '../flow/flow.schema';")).toEqual([]);
  });

  it('refuses a folder without a row', () => {
    expect(rules('plugins/x.ts', "import { x } from '../runtime/index';")).toEqual([
      '1 plugins/ plugins/ has no row in scripts/layers.ts',
    ]);
  });
});
