// The sign-in dialog (opened by sign-in-dialog.js when Office's single sign-on gives no token): authorization code with
// PKCE against Entra, no library and no secret, then the access token goes back to the pane with messageParent. The
// token is for the same app as the Teams tabs (api://<host>/<client id>), so the web app's sign-in accepts it.
import './texts.js';
import { languageOf, setLanguage, t } from '/tab/js/i18n.js';
import { shell } from '/tab/js/shell.js';

const view = shell();
const KEY = 'collaboration.addin.signIn';

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function tell(message) {
  globalThis.Office?.context?.ui?.messageParent(JSON.stringify(message));
}

async function start() {
  const query = new URLSearchParams(location.search);
  setLanguage(languageOf(query.get('lang') ?? sessionStorage.getItem(`${KEY}.lang`) ?? 'de'));
  view.setTitle(t('addin.signInTitle'));
  await new Promise((resolve) => (globalThis.Office?.onReady ? globalThis.Office.onReady(resolve) : resolve()));
  const config = await (await fetch('/api/addin/config', { headers: { Accept: 'application/json' } })).json();
  if (!config?.clientId) {
    view.showError({ message: t('addin.signInMissing') });
    tell({ error: 'failed' });
    return;
  }
  const authority = `https://login.microsoftonline.com/${encodeURIComponent(config.tenant ?? 'organizations')}/oauth2/v2.0`;
  const redirectUri = `${location.origin}/addin/sign-in`;
  const scope = `api://${location.host}/${config.clientId}/access_as_user`;

  if (query.has('error')) {
    tell({ error: query.get('error') === 'access_denied' ? 'cancelled' : 'failed' });
    return;
  }
  if (!query.has('code')) {
    const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
    const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
    sessionStorage.setItem(KEY, JSON.stringify({ verifier, state }));
    sessionStorage.setItem(`${KEY}.lang`, document.documentElement.lang);
    const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const authorize = new URL(`${authority}/authorize`);
    for (const [name, value] of Object.entries({ client_id: config.clientId, response_type: 'code', redirect_uri: redirectUri, scope,
      code_challenge: challenge, code_challenge_method: 'S256', state, prompt: 'select_account' })) {
      authorize.searchParams.set(name, value);
    }
    view.say(t('addin.signingIn'));
    location.assign(authorize.toString());
    return;
  }

  const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  sessionStorage.removeItem(KEY);
  // A code for another request (no or a different state) is not redeemed.
  if (!saved || saved.state !== query.get('state')) {
    view.showError({ message: t('addin.signInFailed') });
    tell({ error: 'failed' });
    return;
  }
  const response = await fetch(`${authority}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, grant_type: 'authorization_code', code: query.get('code'),
      redirect_uri: redirectUri, code_verifier: saved.verifier, scope }),
  });
  const token = response.ok ? (await response.json())?.access_token : null;
  if (typeof token !== 'string') {
    view.showError({ message: t('addin.signInFailed') });
    tell({ error: 'failed' });
    return;
  }
  tell({ token });
}

start().catch(() => {
  view.showError({ message: t('addin.signInFailed') });
  tell({ error: 'failed' });
});
