import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttled } from './throttle';

afterEach(() => void vi.useRealTimers());

describe('throttled', () => {
  it('draws the first value at once, then the latest one at most every interval', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const drawn: number[] = [];
    const progress = throttled((n: number) => drawn.push(n), 100);
    progress.push(1);
    progress.push(2);
    progress.push(3);
    expect(drawn).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(drawn).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    progress.push(4);
    expect(drawn).toEqual([1, 3, 4]);
  });

  it('drops a pending value when cancelled', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const drawn: number[] = [];
    const progress = throttled((n: number) => drawn.push(n), 100);
    progress.push(1);
    progress.push(2);
    progress.cancel();
    vi.advanceTimersByTime(1000);
    expect(drawn).toEqual([1]);
  });
});
