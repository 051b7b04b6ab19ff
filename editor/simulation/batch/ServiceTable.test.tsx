import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translateSim } from '../i18n';
import { ServiceTable } from './ServiceTable';

afterEach(cleanup);

const t = (key: Parameters<typeof translateSim>[1], params?: Parameters<typeof translateSim>[2]) =>
  translateSim('zh', key, params);

describe('ServiceTable', () => {
  it('shows each province with its share routed, held and without a route, largest first, in the UI language', () => {
    const { container } = render(
      <ServiceTable
        title="各省份服务情况"
        t={t}
        tallies={{
          'CN Shanghai': { orders: 4, routed: 4, held: 0, fallback: 0 },
          'CN Xinjiang': { orders: 8, routed: 6, held: 8, fallback: 2 },
        }}
      />,
    );
    // Queried directly: role queries are slow in jsdom on a loaded machine.
    expect(container.querySelector('section')?.getAttribute('aria-label')).toBe('各省份服务情况');
    expect([...container.querySelectorAll('tr')].map((r) => r.textContent)).toEqual([
      '订单已分配路由待审核无可用路由',
      'CN Xinjiang875.0%100.0%25.0%',
      'CN Shanghai4100.0%0.0%0.0%',
    ]);
  });

  it('shows nothing for a run saved before service rates existed', () => {
    const { container } = render(<ServiceTable title="x" t={t} tallies={undefined} />);
    expect(container.textContent).toBe('');
  });
});
