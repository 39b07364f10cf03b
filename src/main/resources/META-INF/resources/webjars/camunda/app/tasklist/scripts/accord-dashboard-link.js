// Accord: a "Dashboard" link in Tasklist's header, for members of the managers group.
// It only spares managers typing the address: /dashboard itself refuses anyone else.
import { currentUser } from './accord-user.js';

const MANAGERS = 'managers';
const DASHBOARD = '/dashboard';

function link() {
  const anchor = document.createElement('a');
  anchor.href = DASHBOARD;
  anchor.className = 'accord-dashboard-link';
  anchor.title = "The managers' dashboard: pipeline, cycle times, bottlenecks";
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-stats';
  icon.setAttribute('aria-hidden', 'true');
  anchor.append(icon, ' Dashboard');
  return anchor;
}

export default {
  id: 'accord.dashboardLink',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    currentUser()
      .then(({ groupIds }) => {
        const manager = groupIds.includes(MANAGERS);
        if (manager) {
          node.appendChild(link());
        }
        // Settled either way, so that a test (or a stylesheet) can tell "not a manager" from "not yet".
        node.dataset.accordDashboardLink = manager ? 'shown' : 'none';
      })
      .catch((failure) => {
        node.dataset.accordDashboardLink = 'none';
        console.warn('Accord: no dashboard link', failure);
      });
  },
};
