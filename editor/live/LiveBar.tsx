/**
 * The top bar's server controls. Without a server: one note saying the editor is local-only.
 * Signed out: Log in. Signed in: the open flow's Live/Draft badge (opens Publish), Inbox (approvers), and
 * the user's menu with History, Rollouts, Order health, Audit and Failed deliveries (admins) and Log out —
 * each shown only to the roles that may use it.
 */
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useEditor } from '../store/EditorProvider';
import { MenuButton } from '../app/MenuButton';
import type { Me, ServerApi } from './api';
import { LoginDialog } from './LoginDialog';
import './live.css';
import { useLiveT, type LiveT } from './live.i18n';
import { hasRole, useLiveSession } from './LiveSessionProvider';
import { changedSinceLive, useLiveStatus, type LiveStatus } from './use-live-status';

// The pages (and the canvas copy they draw) load in their own chunk the first time one opens.
const PublishDialog = lazy(() => import('./PublishDialog').then((m) => ({ default: m.PublishDialog })));
const InboxPage = lazy(() => import('./InboxPage').then((m) => ({ default: m.InboxPage })));
const HistoryPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.HistoryPage })));
const HealthPage = lazy(() => import('./HealthPage').then((m) => ({ default: m.HealthPage })));
const RolloutPage = lazy(() => import('./RolloutPage').then((m) => ({ default: m.RolloutPage })));
const AuditPage = lazy(() => import('./AuditPage').then((m) => ({ default: m.AuditPage })));
const DeadLettersPage = lazy(() => import('./DeadLettersPage').then((m) => ({ default: m.DeadLettersPage })));

type Open = 'publish' | 'inbox' | 'history' | 'rollouts' | 'health' | 'audit' | 'dead-letters' | null;

export function badgeText(status: LiveStatus, t: LiveT): string {
  if (status.kind === 'live')
    return changedSinceLive(status) ? t('changed', { n: status.version }) : t('live', { n: status.version });
  if (status.kind === 'draft') return t('draft');
  if (status.kind === 'not-on-server') return t('notOnServer');
  return status.kind === 'loading' ? t('loading') : t('loadFailed', { message: status.message });
}

function SignedIn({ api, me, logout }: { api: ServerApi; me: Me; logout: () => Promise<void> }) {
  const t = useLiveT();
  const flow = useEditor((s) => s.flow);
  const registry = useEditor((s) => s.registry);
  const { status, refresh } = useLiveStatus(api, flow, registry);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const page = (() => {
    if (open === 'publish')
      return <PublishDialog api={api} me={me} flow={flow} status={status} onChanged={refresh} onClose={close} />;
    if (open === 'inbox') return <InboxPage api={api} onClose={close} />;
    if (open === 'history') return <HistoryPage api={api} onClose={close} />;
    if (open === 'rollouts') return <RolloutPage api={api} canAct={hasRole(me, 'publisher')} onClose={close} />;
    if (open === 'health') return <HealthPage api={api} onClose={close} />;
    if (open === 'audit') return <AuditPage api={api} onClose={close} />;
    if (open === 'dead-letters') return <DeadLettersPage api={api} onClose={close} />;
    return null;
  })();
  const tone = status.kind === 'live' ? (changedSinceLive(status) ? 'is-changed' : 'is-live') : 'is-draft';
  return (
    <div className="live-bar">
      <button
        type="button"
        className={`live-badge ${tone}`}
        data-testid="live-badge"
        onClick={() => setOpen('publish')}
      >
        {badgeText(status, t)}
      </button>
      {hasRole(me, 'approver') && (
        <button type="button" className="button" onClick={() => setOpen('inbox')}>
          {t('inbox')}
        </button>
      )}
      <MenuButton
        label={t('accountMenu', { name: me.name })}
        title={t('signedInAs', { name: me.name })}
        items={[
          { label: t('history'), onSelect: () => setOpen('history') },
          { label: t('rollouts'), onSelect: () => setOpen('rollouts') },
          { label: t('health'), onSelect: () => setOpen('health') },
          ...(hasRole(me, 'admin')
            ? [
                { label: t('audit'), onSelect: () => setOpen('audit') },
                { label: t('deadLetters'), onSelect: () => setOpen('dead-letters') },
              ]
            : []),
          { label: t('signOut'), onSelect: () => void logout() },
        ]}
      >
        {me.name}
      </MenuButton>
      {/* Outside the editor root, so the canvas shortcuts (Delete, Ctrl+Z) never act on keys typed here. */}
      {page && createPortal(<Suspense fallback={null}>{page}</Suspense>, document.body)}
    </div>
  );
}

export function LiveBar() {
  const t = useLiveT();
  const { state, api, logout } = useLiveSession();
  const [loggingIn, setLoggingIn] = useState(false);
  if (state.kind === 'probing') return null;
  if (state.kind === 'offline') {
    return (
      <span className="live-offline" role="note" title={t('offlineHint')} aria-description={t('offlineHint')}>
        {t('offline')}
      </span>
    );
  }
  if (state.kind === 'signed-in') return <SignedIn api={api} me={state.me} logout={logout} />;
  return (
    <>
      <button type="button" className="button primary" onClick={() => setLoggingIn(true)}>
        {t('signIn')}
      </button>
      {loggingIn && createPortal(<LoginDialog onClose={() => setLoggingIn(false)} />, document.body)}
    </>
  );
}
