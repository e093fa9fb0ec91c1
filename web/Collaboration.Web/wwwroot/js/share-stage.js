// "Share to stage" in the meeting side panel: shown only when Teams says the context is the side panel and the app may
// share to the stage (meeting.getAppContentStageSharingCapabilities); shares the live results of the running forum.
import { h } from './dom.js';
import { t } from './i18n.js';

function canShare(teams) {
  return new Promise((resolve) => {
    try {
      teams.meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
        resolve(!error && capabilities?.doesAppHaveSharePermission === true));
    } catch {
      resolve(false);
    }
  });
}

/** The button, or null where sharing is not possible. */
export async function shareToStageButton(host, view) {
  if (host.mode !== 'teams' || host.frameContext !== 'sidePanel' || !(await canShare(host.teams))) return null;
  return h('button', {
    type: 'button',
    class: 'primary',
    onclick: () => {
      view.clearError();
      host.teams.meeting.shareAppContentToStage((error) => {
        if (error) view.showError(new Error(error.message ?? t('error.generic', { status: error.errorCode ?? '' })));
        else view.say(t('console.shared'));
      }, `${location.origin}/tab/stage`);
    },
  }, t('console.shareToStage'));
}
