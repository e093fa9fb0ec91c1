// Where the pane runs: in PowerPoint or Word (Office.onReady names the host), or outside Office (a browser tab; then
// Office.onReady names no host, or never answers). Gives the language, applies Office's theme, and signs API calls:
// Office single sign-on with the dialog as fallback, or the Development-only local sign-in from ?user=&name=.
import { languageOf, setLanguage } from '/tab/js/i18n.js';
import { applyTheme } from '/tab/js/theme.js';
import { signInWithDialog } from './sign-in-dialog.js';

// Office answers onReady at once in a host; a browser tab may never hear from one, so do not wait longer than this.
const OFFICE_TIMEOUT_MS = 3000;

// Office SSO errors after which the dialog may still sign the user in (getAccessToken's 13001…13012); 13002 is the
// user cancelling, which is respected, not answered with another prompt.
const DIALOG_FALLBACK = new Set([13001, 13003, 13004, 13005, 13006, 13007, 13008, 13009, 13010, 13011, 13012]);
const SSO_CANCELLED = 13002;

async function officeHost() {
  const office = globalThis.Office;
  if (typeof office?.onReady !== 'function') return null;
  try {
    const info = await Promise.race([
      office.onReady(),
      new Promise((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS)),
    ]);
    return info?.host ? { office, host: String(info.host) } : null;
  } catch {
    // office.js could not start (no host answering): the pane is outside Office.
    return null;
  }
}

/** Office's theme as the pages' data-theme: dark when Office's body background is dark, else the light default. */
export function themeOf(officeTheme) {
  const match = /^#?([0-9a-f]{6})$/i.exec(officeTheme?.bodyBackgroundColor ?? '');
  if (!match) return 'default';
  const value = Number.parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5 ? 'dark' : 'default';
}

async function addinConfig(language) {
  try {
    const response = await fetch('/api/addin/config', { headers: { Accept: 'application/json', 'Accept-Language': language } });
    return response.ok ? await response.json() : { local: false };
  } catch {
    return { local: false };
  }
}

function signInError(code) {
  return Object.assign(new Error(code === 'cancelled' ? 'cancelled' : 'sign-in failed'), { code: code === 'cancelled' ? 'signInCancelled' : 'signInFailed' });
}

function officeSignIn(office, config) {
  let dialogToken = null;
  return {
    async token() {
      if (dialogToken) return dialogToken;
      try {
        return await office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
      } catch (error) {
        if (error?.code === SSO_CANCELLED) throw signInError('cancelled');
        if (!DIALOG_FALLBACK.has(error?.code) || !config.clientId) throw signInError('failed');
        dialogToken = await signInWithDialog(office).catch((reason) => { throw signInError(reason?.code ?? 'failed'); });
        return dialogToken;
      }
    },
    forget() {
      dialogToken = null;
    },
  };
}

/**
 * Connects the pane. The result: mode ("office" | "local" | "refused"), inOffice, host ("PowerPoint" | "Word" | null),
 * language, userName, headers() for API calls (may throw an Error with code signInFailed / signInCancelled).
 */
export async function connectAddin() {
  const query = new URLSearchParams(location.search);
  const inOffice = await officeHost();
  const language = languageOf(inOffice ? inOffice.office.context?.displayLanguage : (query.get('lang') ?? 'de'));
  setLanguage(language);
  applyTheme(inOffice ? themeOf(inOffice.office.context?.officeTheme) : 'default');
  const config = await addinConfig(language);
  const base = { inOffice: Boolean(inOffice), host: inOffice?.host ?? null, language, config };

  const user = query.get('user');
  if (config.local === true && user) {
    const name = query.get('name') ?? user;
    return { ...base, mode: 'local', userName: name,
      async headers() {
        return { 'X-Local-User': user, 'X-Local-Name': name, 'Accept-Language': language };
      } };
  }
  if (!inOffice) return { ...base, mode: 'refused' };

  const signIn = officeSignIn(inOffice.office, config);
  return { ...base, mode: 'office', userName: '', forgetSignIn: () => signIn.forget(),
    async headers() {
      return { Authorization: `Bearer ${await signIn.token()}`, 'Accept-Language': language };
    } };
}
