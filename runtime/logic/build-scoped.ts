import { overBudget } from './budget';
import { dynamic, UNDEFINED_PIECE, type Builder, type Piece } from './piece';
import { truthy } from './truthy';

/*
 * `some`, `all`, `none`, `filter`, `map`, `reduce`: the second argument runs once per item of
 * the first, with the item as its data (for `reduce`, `{current, accumulator}`). Each item
 * visited costs one unit of work, so a huge list stops at maxWork instead of blocking the loop.
 */

interface Scoped {
  readonly list: Piece['run'];
  readonly body: Piece['run'];
}

function scoped(args: readonly Piece[]): Scoped {
  return { list: (args[0] ?? UNDEFINED_PIECE).run, body: (args[1] ?? UNDEFINED_PIECE).run };
}

/** `some`: true if the condition holds for an item; false for an empty list or a non-list. */
export const buildSome: Builder = (args, ctx) => {
  const { list, body } = scoped(args);
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const items = list(d, g);
    if (!Array.isArray(items)) return false;
    for (let i = 0; i < items.length; i++) {
      if (++g.work > g.max) throw overBudget(g, path);
      if (truthy(body(items[i], g))) return true;
    }
    return false;
  });
};

/** `all`: true if the condition holds for every item; false for an empty list or a non-list. */
export const buildAll: Builder = (args, ctx) => {
  const { list, body } = scoped(args);
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const items = list(d, g);
    if (!Array.isArray(items) || items.length === 0) return false;
    for (let i = 0; i < items.length; i++) {
      if (++g.work > g.max) throw overBudget(g, path);
      if (!truthy(body(items[i], g))) return false;
    }
    return true;
  });
};

/** `none`: true if the condition holds for no item (so true for an empty list or a non-list). */
export const buildNone: Builder = (args, ctx) => {
  const { list, body } = scoped(args);
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const items = list(d, g);
    if (!Array.isArray(items)) return true;
    for (let i = 0; i < items.length; i++) {
      if (++g.work > g.max) throw overBudget(g, path);
      if (truthy(body(items[i], g))) return false;
    }
    return true;
  });
};

/** `filter`: the items for which the condition holds ([] for a non-list). */
export const buildFilter: Builder = (args, ctx) => {
  const { list, body } = scoped(args);
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const items = list(d, g);
    const kept: unknown[] = [];
    if (!Array.isArray(items)) return kept;
    for (let i = 0; i < items.length; i++) {
      if (++g.work > g.max) throw overBudget(g, path);
      if (truthy(body(items[i], g))) kept.push(items[i]);
    }
    return kept;
  });
};

/** `map`: the expression's value for each item ([] for a non-list). */
export const buildMap: Builder = (args, ctx) => {
  const { list, body } = scoped(args);
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    const items = list(d, g);
    const mapped: unknown[] = [];
    if (!Array.isArray(items)) return mapped;
    for (let i = 0; i < items.length; i++) {
      if (++g.work > g.max) throw overBudget(g, path);
      mapped.push(body(items[i], g));
    }
    return mapped;
  });
};

/**
 * `reduce`: folds the list with `{"current": item, "accumulator": so far}` as data, starting
 * from the third argument (evaluated against the outer data), or null without one.
 */
export const buildReduce: Builder = (args, ctx) => {
  const { list, body } = scoped(args);
  const start = args[2];
  // json-logic-js tests the written argument: absent (or written as undefined) means null; one
  // that evaluates to undefined (`{"and": []}`) stays undefined.
  const initial = start === undefined || (start.literal === true && start.value === undefined) ? null : start;
  const path = ctx.spendsWork();
  return dynamic((d, g) => {
    let accumulator = initial === null ? null : initial.run(d, g);
    const items = list(d, g);
    if (!Array.isArray(items)) return accumulator;
    for (let i = 0; i < items.length; i++) {
      if (++g.work > g.max) throw overBudget(g, path);
      accumulator = body({ current: items[i], accumulator }, g);
    }
    return accumulator;
  });
};
