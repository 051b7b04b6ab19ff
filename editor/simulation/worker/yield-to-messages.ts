/**
 * A yield to pending messages (a cancel) that costs microseconds: a message to ourselves on a
 * MessageChannel. A chained setTimeout(0) is clamped to 4 ms once nested, which for a batch yielding
 * every few milliseconds would be most of its time.
 */
export function messageYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
