// Where the page runs: inside Teams (teams-js answers app.initialize) or outside it. Outside Teams a page works only in
// local mode, when the server allows it (Development with Web:AllowLocalSignIn); otherwise it asks to be opened in Teams.
import { languageOf, setLanguage } from './i18n.js';
import { applyTheme } from './theme.js';

// The contract: no Teams host answering within about two seconds means the page is not in Teams.
const TEAMS_TIMEOUT_MS = 2000;
const LOCAL_PARAMS = ['user', 'name', 'conversation', 'lang', 'theme'];

function withTimeout(promise, milliseconds) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no Teams host')), milliseconds)),
  ]);
}

async function initializeTeams() {
  const teams = globalThis.microsoftTeams;
  if (!teams?.app) return null;
  try {
    await withTimeout(teams.app.initialize(), TEAMS_TIMEOUT_MS);
    return { teams, context: await withTimeout(teams.app.getContext(), TEAMS_TIMEOUT_MS) };
  } catch {
    // Not in Teams (a plain browser tab): teams-js never hears from a host.
    return null;
  }
}

async function localModeAllowed(language) {
  try {
    const response = await fetch('/api/forum/sign-in-mode', { headers: { Accept: 'application/json', 'Accept-Language': language } });
    if (!response.ok) return false;
    const mode = await response.json();
    return mode?.local === true;
  } catch {
    return false;
  }
}

/**
 * Connects the page to its host. The result: mode ("teams" | "local" | "refused"), language, frameContext, the
 * conversation id, headers() for API calls, link(path, query) for links between the pages, and teams (the SDK) in Teams.
 */
export async function connect() {
  const query = new URLSearchParams(location.search);
  const inTeams = await initializeTeams();
  if (inTeams) {
    const { teams, context } = inTeams;
    const language = languageOf(context.app?.locale);
    setLanguage(language);
    applyTheme(context.app?.theme);
    teams.app.registerOnThemeChangeHandler((theme) => applyTheme(theme));
    const conversationId = context.chat?.id ?? context.channel?.id ?? '';
    teams.app.notifySuccess?.();
    return {
      mode: 'teams',
      teams,
      context,
      language,
      frameContext: context.page?.frameContext ?? 'content',
      inMeeting: Boolean(context.meeting?.id),
      conversationId,
      userName: context.user?.displayName ?? '',
      async headers() {
        const token = await teams.authentication.getAuthToken();
        return { Authorization: `Bearer ${token}`, 'X-Conversation-Id': conversationId, 'Accept-Language': language };
      },
      link: (path, extra = {}) => link(path, new URLSearchParams(), extra),
    };
  }

  const language = languageOf(query.get('lang') ?? 'de');
  setLanguage(language);
  applyTheme(query.get('theme'));
  const user = query.get('user');
  if (!user || !(await localModeAllowed(language))) {
    return { mode: 'refused', language };
  }

  const name = query.get('name') ?? user;
  const conversationId = query.get('conversation') ?? '';
  const kept = new URLSearchParams();
  for (const key of LOCAL_PARAMS) {
    if (query.has(key)) kept.set(key, query.get(key));
  }

  return {
    mode: 'local',
    language,
    frameContext: query.get('frame') ?? 'content',
    inMeeting: false,
    conversationId,
    userName: name,
    async headers() {
      return { 'X-Local-User': user, 'X-Local-Name': name, 'X-Conversation-Id': conversationId, 'Accept-Language': language };
    },
    link: (path, extra = {}) => link(path, kept, extra),
  };
}

function link(path, kept, extra) {
  const query = new URLSearchParams(kept);
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
