export const USAGE = `orderflow — check and run OrderFlow Studio flows

Usage:
  orderflow validate <flow.json> [--json]
  orderflow run      <flow.json> <order.json> [--context ctx.json] [--now ISO] [--decide node=port ...] [--trace]
  orderflow simulate <flow.json> <orders.jsonl|orders.json> [--context ctx.json] [--now ISO] [--decide node=port ...] [--json] [--strict]
  orderflow test     <flow.json> [cases.json] [--context ctx.json] [--now ISO] [--json]   (default cases: <name>.cases.json)

Options:
  --context <file>      warehouses, carriers, customers' gift history, gift costs and the run clock "now"
  --now <iso>           run clock, e.g. 2026-11-11T10:00:00+08:00; overrides the context's now. With neither
                        --context nor --now the current time is used with an empty context (said on stderr)
  --decide <node=port>  answer a waiting node up front, e.g. finance-approval=approved or old-unit-qc=fail
                        (approval: approved|rejected|timed_out; qc-check: pass|fail); repeatable
  --nodes <module.ts>   load custom node types from a module exporting "nodes" (or a default); repeatable
  --trace               run: record what each node changed
  --json                validate, simulate: print JSON instead of text
  --strict              simulate: exit 1 when any order was rejected
  -h, --help            show this help

Orders files are streamed: .jsonl / .ndjson hold one order per line; .json holds an array of orders
(read element by element) or a single order. Unreadable or invalid orders are reported with their line.

Exit codes:
  0  ok. simulate: the flow ran; rejected orders are listed in the summary, not an error
  1  problems: the flow has errors; run: the order was rejected or the run failed;
     simulate: some run failed (a flow or node bug), or --strict and some order was rejected
  2  usage: unknown command or option, missing argument, unreadable file
`;
