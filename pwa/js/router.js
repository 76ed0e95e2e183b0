// Hash routes: #/name/arg1/arg2?key=value. Screens navigate with go().

/** The current route: {name, args, query}. */
export function currentRoute() {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name = '', ...args] = path.split('/').map(decodeURIComponent);
  return { name: name || 'scan', args, query: new URLSearchParams(search) };
}

/** Go to a screen: go('case', 42) or go('report', null, {code}). */
export function go(name, arg, query) {
  const path = [name, ...(arg === undefined || arg === null ? [] : [].concat(arg))].map(encodeURIComponent).join('/');
  const search = query ? `?${new URLSearchParams(query)}` : '';
  const hash = `#/${path}${search}`;
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

export const link = (name, arg) => `#/${[name, ...(arg === undefined ? [] : [].concat(arg))].map(encodeURIComponent).join('/')}`;
