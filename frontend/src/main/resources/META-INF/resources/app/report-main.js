// Entry of the participatieverslag page (report.html#report=<round id>): reads the round from the URL, loads the
// report through the API and hands it to the view. A bad id in the URL gets a calm message, no request.
import { createApi } from './core/api.js';
import { parseReportHash, reportErrorKey } from './core/report.js';
import { mountReportPage } from './views/report-page.js';

const api = createApi();
const page = mountReportPage(document.getElementById('report'));

async function load() {
  const asked = parseReportHash(window.location.hash);
  if (!asked) return page.show({ status: 'error', key: 'reportBadId' });
  if (asked.error) return page.show({ status: 'error', key: asked.error });
  page.show({ status: 'loading' });
  try {
    const report = await api.roundReport(asked.roundId);
    page.show({ status: 'ready', roundId: asked.roundId, report });
  } catch (error) {
    page.show({ status: 'error', key: reportErrorKey(error?.status) });
  }
}

window.addEventListener('hashchange', load);
load();
