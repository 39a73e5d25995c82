import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The guarded door for serving the renderer's files: maps a URL path to a file strictly inside
 * `root`, or null. Refuses traversal (`..`, encoded or not), encoded separators, NUL and absolute
 * paths. "/" serves index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f|%5c/i.test(urlPath)) return null;
  if (!decoded.startsWith('/')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const wanted = segments.length === 0 ? 'index.html' : segments.join('/');
  const file = resolve(root, wanted);
  const rel = relative(resolve(root), file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..'))
    return null;
  return file;
}
