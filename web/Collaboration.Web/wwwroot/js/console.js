// The moderator console (/tab/console): the series' forums and items with their actions. Participants who are not
// moderators see the live results instead; on the meeting stage the same tab shows the live results.
import { connect } from './host.js';
import { createApi } from './api.js';
import { h, replaceChildren } from './dom.js';
import { respondents, t } from './i18n.js';
import { shell } from './shell.js';
import { confirmDialog } from './dialog.js';
import { showLiveResults } from './live-page.js';
import { previewCarryOver } from './carry-over.js';
import { mergeView } from './merge.js';
import { shareToStageButton } from './share-stage.js';

const page = shell();
const host = await connect();
page.setTitle(t('console.title'));
if (host.mode === 'refused') {
  page.refuse();
} else if (host.frameContext === 'meetingStage') {
  await showLiveResults(page, host, null);
} else {
  page.markLocal(host);
  await start();
}

async function start() {
  const api = createApi(host);
  let me;
  try {
    me = await api.get('/me');
  } catch (error) {
    page.say('');
    page.showError(error);
    return;
  }
  if (!me.series) {
    page.say(t('console.noSeries'));
    return;
  }
  if (!me.isModerator) {
    page.setTitle(t('stage.title'));
    page.content.before(h('p', { class: 'hint' }, t('console.notModerator')));
    await showLiveResults(page, host, null);
    return;
  }
  const share = await shareToStageButton(host, page);
  if (share) page.content.before(h('div', { class: 'toolbar' }, share));
  const consoleView = await run(page, () => api.get('/console'));
  if (consoleView) render(api, consoleView);
}

/** Runs one API call with its error shown in the alert region; returns its answer, or undefined when it failed. */
async function run(view, call) {
  view.clearError();
  try {
    return await call();
  } catch (error) {
    view.say('');
    view.showError(error);
    return undefined;
  }
}

function render(api, view) {
  page.say('');
  page.setTitle(`${t('console.title')}: ${view.series.title}`);
  const act = async (call, done = t('console.done')) => {
    const next = await run(page, call);
    if (next) {
      render(api, next);
      page.say(done);
    }
  };
  replaceChildren(page.content, view.forums.map((forum) => forumSection(api, view, forum, act)));
}

function forumSection(api, view, forum, act) {
  const heading = t('console.forum', { number: forum.number, title: forum.title });
  const actions = h('div', { class: 'actions' });
  if (forum.status === 'planned') {
    actions.append(h('button', {
      type: 'button',
      class: 'primary',
      onclick: async () => {
        const confirmed = await confirmDialog({
          title: heading, content: t('console.confirmStart', forum), confirmLabel: t('console.start'),
        });
        if (confirmed) await act(() => api.post(`/forums/${forum.number}/start`));
      },
    }, t('console.start')));
    if (forum.number > 1) {
      actions.append(h('button', {
        type: 'button',
        onclick: async () => {
          const carried = await previewCarryOver(api, page, forum);
          if (carried) render(api, carried);
        },
      }, t('console.carryOver')));
    }
  }
  if (forum.status === 'open') {
    actions.append(h('button', {
      type: 'button',
      onclick: async () => {
        const confirmed = await confirmDialog({
          title: heading, content: t('console.confirmClose', forum), confirmLabel: t('console.closeForum'),
        });
        if (confirmed) await act(() => api.post(`/forums/${forum.number}/close`));
      },
    }, t('console.closeForum')));
  }
  return h('section', { class: 'forum', 'data-forum': forum.number },
    h('h2', {}, heading, ' ', h('span', { class: 'forum-status' }, `(${t(`console.status.${forum.status}`)})`)),
    actions,
    h('ul', { class: 'items', 'aria-label': t('console.items', forum) },
      forum.items.map((item) => itemRow(api, view, item, act))));
}

function itemRow(api, view, item, act) {
  const buttons = h('div', { class: 'actions' });
  const name = item.title;
  if (item.status !== 'open') {
    buttons.append(h('button', { type: 'button', 'aria-label': `${t('console.open')}: ${name}`, onclick: () => act(() => api.post(`/items/${item.id}/open`)) }, t('console.open')));
  } else {
    buttons.append(h('button', { type: 'button', 'aria-label': `${t('console.closeItem')}: ${name}`, onclick: () => act(() => api.post(`/items/${item.id}/close`)) }, t('console.closeItem')));
    if (view.inMeeting) {
      buttons.append(h('button', {
        type: 'button',
        'aria-label': `${t('console.push')}: ${name}`,
        onclick: async () => {
          const pushed = await run(page, () => api.post(`/items/${item.id}/push`));
          if (pushed) {
            page.say(pushed.failed
              ? t('console.pushedFailed', pushed)
              : t('console.pushed', pushed));
          }
        },
      }, t('console.push')));
    }
  }
  buttons.append(h('a', { class: 'button', href: host.link('/tab/stage', { item: item.id }), 'aria-label': `${t('console.showLive')}: ${name}` }, t('console.showLive')));
  const row = h('li', { class: 'item', 'data-item': item.id, 'data-key': item.key },
    h('div', { class: 'item-head' },
      h('span', { class: 'item-title' }, name),
      h('span', { class: 'item-status' }, t(`console.item.${item.status}`)),
      item.anonymous ? h('span', { class: 'chip' }, t('console.anonymous')) : null,
      h('span', { class: 'muted' }, respondents(item.respondents ?? 0))),
    buttons);
  if (item.kind === 'needs') {
    const region = h('div', { class: 'merge', hidden: true, id: `merge-${item.id}` });
    const toggle = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': region.id }, t('console.merge'));
    toggle.addEventListener('click', async () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      region.hidden = !open;
      if (open) await mergeView(api, page, item, region);
    });
    buttons.append(toggle);
    row.append(region);
  }
  return row;
}
