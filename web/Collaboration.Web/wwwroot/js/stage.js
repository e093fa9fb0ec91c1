// The live results page (/tab/stage): the running forum, or one item with ?item=<id>, big enough for a shared screen.
import { connect } from './host.js';
import { t } from './i18n.js';
import { shell } from './shell.js';
import { showLiveResults } from './live-page.js';

const page = shell();
const host = await connect();
page.setTitle(t('stage.title'));
if (host.mode === 'refused') {
  page.refuse();
} else {
  page.markLocal(host);
  await showLiveResults(page, host, new URLSearchParams(location.search).get('item'));
}
