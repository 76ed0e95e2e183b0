// Any error as a sentence for the user, in the user's language: never a browser's raw message.
import { h, notice } from './dom.js';
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

/**
 * An error box: the words (errorText unless given), and in small print under them the server's
 * reference for the request, so that a report can be matched to the server's log line.
 */
export function errorNotice(err, text = errorText(err)) {
  const reference = err?.requestId
    ? h('small', { class: 'error-reference' }, t('error.reference', { id: err.requestId }))
    : null;
  return notice('error', h('span', { text }), reference);
}
