/** the --cache file's name (in the current folder, or inside a --cache-location folder); apart from lint-cache.ts so the help text does not load it */
export const CACHE_FILE = '.xxgklintcache';
