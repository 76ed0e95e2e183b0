// Drafts of officers' forms, kept on the phone (IndexedDB) while they are filled in, so that an
// expired session, a sign-in again or a change of language loses nothing. A draft belongs to the
// user who wrote it: only that user gets it back, and signing out deletes that user's drafts
// (phones are shared).
const DB_NAME = 'banderola-drafts';
const STORE = 'drafts';

let opening = null;
function database() {
  opening ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' }).createIndex('user', 'user');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  return opening;
}

async function run(mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
  });
}

const draftId = (user, form) => `${user}:${form}`;

/** Keep `values` (anything IndexedDB can store, photos included) as `user`'s draft of `form`. */
export function saveDraft(user, form, values) {
  return run('readwrite', (store) => store.put({ id: draftId(user, form), user, form, saved_at: new Date().toISOString(), values }));
}

/** `user`'s draft of `form` ({saved_at, values}), or undefined. */
export function loadDraft(user, form) {
  return run('readonly', (store) => store.get(draftId(user, form)));
}

export function deleteDraft(user, form) {
  return run('readwrite', (store) => store.delete(draftId(user, form)));
}

/** Every draft of `user` (at sign-out). */
export function deleteDraftsOf(user) {
  return run('readwrite', (store) => {
    store.index('user').openCursor(IDBKeyRange.only(user)).onsuccess = ({ target }) => {
      const cursor = target.result;
      if (cursor) {
        cursor.delete();
        cursor.continue();
      }
    };
  });
}
