// Any error as a sentence for the user, in the user's language: never a browser's raw message.
import { t } from './i18n.js';
import { ApiError, NetworkError } from './api.js';

/** Turn any error into words for the user. */
export function errorText(err) {
  // A fetch that never got an answer is a TypeError ("Failed to fetch") outside api.js.
  if (err instanceof NetworkError || err instanceof TypeError) return t('error.network');
  if (err?.status === 429) return t('error.rateLimited', { seconds: err.retryAfterS || 60 });
  // The server's message is translated (Accept-Language); anything else is not ours to show.
  if (err instanceof ApiError && err.error !== 'http_error') return err.message;
  return t('error.generic');
}
