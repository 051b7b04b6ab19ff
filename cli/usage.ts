export const USAGE = `orderflow — check and run OrderFlow Studio flows, and turn channel payloads into orders

Usage:
  orderflow validate <flow.json> [--json] [--lang en|zh]
  orderflow build    <flow.json> [-o flow.mjs]   the flow as a JavaScript module specialised to it (README "Built flow modules")
  orderflow run      <flow.json> <order.json> [--context ctx.json] [--now ISO] [--decide node=port ...] [--trace] [--lang en|zh]
                     [--channel <name|mapping.json> [--related name=file ...]]
  orderflow simulate <flow.json> <orders.jsonl|orders.json> [--context ctx.json] [--now ISO] [--decide node=port ...] [--carry-over] [--json] [--strict]
                     [--workers N] [--channel <name|mapping.json> [--related name=file ...]]
  orderflow compare  <before.flow.json> <after.flow.json> <orders.jsonl|orders.json> [--context ctx.json] [--now ISO] [--json] [--fail-on-diff] [--rollout P[:id]]
  orderflow test     <flow.json> [cases.json] [--context ctx.json] [--now ISO] [--json]   (default cases: <name>.cases.json)
  orderflow normalize --channel <name|mapping.json> <payload.json|payloads.jsonl> [--related name=file ...]
  orderflow channels [--json]
  orderflow forecast <orders.jsonl|orders.json> [--by sku,region] [--horizon 14] [--backtest] [--promotions calendar.json] [--json]
                     [--as-table [--context ctx.json]]
  orderflow preallocate <orders.jsonl|orders.json> --context ctx.json [--settings settings.json] [--now ISO] [--json]
  orderflow serve [--role api|worker|all] [--processes N]   the server (npm start; README "Server", "Scale out")
  orderflow health   --events events.jsonl [--now ISO] [--kpis kpis.json] [--report audit.html] [--json]
  orderflow health   <orders.jsonl|orders.json> --flow flow.json [--context ctx.json] [--now ISO] [--kpis kpis.json] [--report audit.html] [--json]

Options:
  --context <file>      warehouses, carriers, customers' gift history, gift costs and the run clock "now"
  --now <iso>           run clock, e.g. 2026-11-11T10:00:00+08:00; overrides the context's now. With neither
                        --context nor --now the current time is used with an empty context (said on stderr)
  --decide <node=port>  answer a waiting node up front, e.g. finance-approval=approved or old-unit-qc=fail
                        (approval: approved|rejected|timed_out; qc-check: pass|fail); repeatable
  --nodes <module.ts>   load custom node types from a module exporting "nodes" (or a default); repeatable
  --trace               run: record what each node changed
  --lang <en|zh>        run: the language of the notes and explanations nodes write (default en); decisions
                        and amounts are the same in every language. validate: the language of the problem
                        messages (default en); file:line, severities, codes and paths are the same
  --json                validate, simulate, compare, test, channels, forecast, preallocate, health: print JSON instead of text
  --strict              simulate: exit 1 when any order was rejected
  --fail-on-diff        compare: exit 1 when any order's outcome differs between the two versions (for CI)
  --rollout P[:id]      compare: rehearse a canary at P% — only the orders whose customer the rollout (id: the
                        server rollout's, so the same customers) would give the candidate are compared
  --workers <N>         simulate: threads that parse and run a JSON Lines file, 1 to 64 (1: the main thread
                        alone). Default: one per idle core (cores minus the load average), up to 4, for a
                        file of 8 MiB or more when 2+ cores are idle; else 1, as for a .json array,
                        --carry-over, --channel or --nodes. The output is the same for any N
  --carry-over          simulate: each order takes what it ships and its gifts from the world the next order sees
                        (stock, per-customer gift counts); without it every order sees the context as written
  --channel <name|file> the input is raw payloads of a sales channel, normalized to canonical orders first:
                        a built-in channel (orderflow channels lists them: shopify, douyin, jd, …) or a
                        custom mapping file (see channels/README.md). simulate counts a refused record as a
                        rejected order, with its problems; run takes a payload holding one order
  --related <name=file> a payload that completes the orders, by the name the mapping declares, e.g.
                        --related items=getOrderItems.json for amazon; repeatable; .json payloads only
  --by <labels>         forecast: the series, by any of sku, category, region (province/state), country,
                        channel; default sku,region. Upper levels (each label, the total) are sums of them
  --horizon <days>      forecast: days ahead (default 14)
  --backtest            forecast: also run the rolling-origin backtest (8 weekly origins) of the model
                        against seasonal naive, moving average, SES, Croston and TSB
  --promotions <file>   forecast: a calendar {"promotions":[{"name","from","to","regions":[],"skus":[]}]}
                        marking promotion days
  --as-table            forecast: print a context file holding the forecast as the lookup table
                        tables.forecastDemand (units over the horizon by sku|region, by sku, by region) for
                        flows' conditions; with --context, that context plus tables.stockOnHand (units per SKU
                        over its warehouses), e.g. to hold a promotion when forecast demand exceeds stock
  --settings <file>     preallocate: {"horizonDays":14,"serviceLevel":0.9,"lanes":[{"from","to","leadDays",
                        "fixedCost","perUnitCost"}],"minUnits":1}; a pair without a lane moves by the
                        cheapest carrier of the country
  --events <file>       health: fulfilment events, one JSON object per line (see health/README.md)
  --flow <file>         health: simulate the orders through this flow and measure the events its plans promise
  --kpis <file>         health: a JSON array of your own KPI definitions, added to the built-in ones
  --report <file>       health: also write the printable audit report (HTML: each KPI, its trend by month and
                        week, its definition)
  -h, --help            show this help

Orders files are streamed: .jsonl / .ndjson hold one order per line; .json holds an array of orders
(read element by element) or a single order. Unreadable or invalid orders are reported with their line.
A .json array broken so that the orders after a point cannot be told apart (an element cut short) stops
the command with the element and its line: nothing is counted from a part of the file.

Inputs are regular files only (a pipe, FIFO or device is refused at once, exit 2), checked before reading:
  64 MiB  a file read whole: flow, context, cases, mapping, the order of run, a .json channel payload, --related
   4 GiB  a streamed file: the orders of simulate, JSON Lines payloads of normalize
  16 MiB  one record inside a streamed file: a line, or an element of a .json orders array (exit 1)
With --channel, a .json file is one channel payload as the API sent it (it may hold many orders) and
.jsonl / .ndjson hold one payload per line; ids and amounts keep every digit.

normalize prints one canonical order per line (JSON Lines) on stdout, and on stderr each problem as
  <file>:<line>: record <recordPath>: <channel> <$.path in the payload>: <message>
then a summary ("3 orders, 1 refused").

Exit codes:
  0  ok. simulate: the flow ran; rejected orders are listed in the summary, not an error.
     normalize: every record became an order. compare: done (without --fail-on-diff, whatever differs)
  1  problems: the flow has errors; run: the order was rejected or the run failed;
     simulate: some run failed (a flow or node bug), or --strict and some order was rejected;
     compare --fail-on-diff: some order's outcome differs;
     normalize: some record was refused; a custom mapping file is not valid (its problems with file:line)
  2  usage: unknown command or option, missing argument, unreadable file (missing, not a regular file, too
     large), unknown channel
An internal error (a bug) prints one line with an id; the details are in orderflow-error-<id>.log in the
OS temp folder.
`;
