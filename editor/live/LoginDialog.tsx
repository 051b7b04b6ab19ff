import { useState, type FormEvent } from 'react';
import { ServerError } from './api';
import { useLiveT, type LiveT } from './live.i18n';
import { useLiveSession } from './LiveSessionProvider';

function loginError(error: unknown, t: LiveT): string {
  if (error instanceof ServerError && error.status === 401) return t('badCredentials');
  if (error instanceof ServerError && error.status === 429) return t('tooMany');
  return error instanceof Error ? error.message : String(error);
}

/** Name and password; the server answers with an HttpOnly session cookie the browser keeps. */
export function LoginDialog({ onClose }: { onClose: () => void }) {
  const t = useLiveT();
  const { login } = useLiveSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
      onClose();
    } catch (caught) {
      setError(loginError(caught, t));
      setBusy(false);
    }
  };
  return (
    <div className="live-overlay" role="dialog" aria-modal="true" aria-label={t('signInTitle')}>
      <form className="live-login" onSubmit={(e) => void submit(e)}>
        <h2>{t('signInTitle')}</h2>
        <label>
          {t('username')}
          <input
            className="input"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </label>
        <label>
          {t('password')}
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="live-error" role="alert">
            {error}
          </p>
        )}
        <div className="live-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {t('signIn')}
          </button>
        </div>
      </form>
    </div>
  );
}
