// Words for what went wrong, for every screen: no network, rate limited, or the server's message.
import { t } from './i18n.js';
import { NetworkError } from './api.js';

/** Turn any error into words for the user. */
export function errorText(err) {
  if (err instanceof NetworkError) return t('error.network');
  if (err?.status === 429) return t('error.rateLimited', { seconds: err.retryAfterS || 60 });
  return err?.message || t('error.generic');
}
