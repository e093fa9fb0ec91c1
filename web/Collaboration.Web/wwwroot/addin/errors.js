// Every failure as one sentence in the user's language: the server's message (with when to try again after a 429),
// a sign-in that did not work, or Office refusing a change. Never a stack trace.
import { ApiError } from '/tab/js/api.js';
import { t } from '/tab/js/i18n.js';

export function sentenceFor(error) {
  if (error instanceof ApiError) {
    return error.status === 429 && error.retryAfter !== null
      ? `${error.message} ${t('addin.retryAfter', { seconds: error.retryAfter })}`
      : error.message;
  }
  if (error?.code === 'signInCancelled') return t('addin.signInCancelled');
  if (error?.code === 'signInFailed') return t('addin.signInFailed');
  if (error?.code === 'notPlaced') return t('addin.notPlaced');
  return t('addin.officeFailed');
}
