import type { ServiceTally } from '../../../runtime/index';
import type { Translate } from '../i18n';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part * 100) / whole).toFixed(1)}%`);

/**
 * Service rate per shipping province or per channel: of the orders the flow handled, the share routed,
 * held for review and without a route (the same figures as `orderflow simulate`). Largest first.
 */
export function ServiceTable({
  title,
  tallies,
  t,
}: {
  title: string;
  tallies: Readonly<Record<string, ServiceTally>> | undefined;
  t: Translate;
}) {
  // Runs saved before service rates existed have none.
  const keys = Object.keys(tallies ?? {}).sort((a, b) => tallies![b]!.orders - tallies![a]!.orders || (a < b ? -1 : 1));
  if (!tallies || keys.length === 0) return null;
  return (
    <section className="sim-section" aria-label={title}>
      <h4>{title}</h4>
      <table className="sim-table">
        <thead>
          <tr>
            <th />
            <th>{t('orders')}</th>
            <th>{t('serviceRouted')}</th>
            <th>{t('serviceHeld')}</th>
            <th>{t('serviceFallback')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const s = tallies[key]!;
            return (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>{s.orders}</td>
                <td>{percent(s.routed, s.orders)}</td>
                <td>{percent(s.held, s.orders)}</td>
                <td>{percent(s.fallback, s.orders)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
