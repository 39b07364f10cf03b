/*
 * Who is logged in to Tasklist, and their groups, for Accord's scripts: read from the webapps' API
 * once per user, whichever script asks first.
 */
// This file lies in <webapps>/app/tasklist/scripts/; the API in <webapps>/api/.
const API = new URL('../../../api/', import.meta.url);

export const PARTNER_GROUP_PREFIX = 'donor-';

let groupsOf = { userId: null, groupIds: Promise.resolve([]) };

function json(path) {
  return fetch(new URL(path, API), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(path + ': ' + response.status))));
}

/** {userId, groupIds}; userId null when nobody is logged in. */
export async function currentUser() {
  const user = await json('admin/auth/user/default').catch(() => null);
  const userId = (user && user.userId) || null;
  if (userId !== groupsOf.userId) {
    groupsOf = {
      userId,
      groupIds: userId
        ? json('engine/engine/default/group?member=' + encodeURIComponent(userId)).then((groups) => groups.map((group) => group.id))
        : Promise.resolve([]),
    };
  }
  return { userId, groupIds: await groupsOf.groupIds };
}
