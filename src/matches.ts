// Matches of a global regex, read with `exec`: `s.matchAll(re)` makes a copy of the regex on every call,
// which costs more than the search itself on the short strings rules read (a clause, a list item).

/** Calls `f` with each match of the global regex `re` in `s`, in order: the matches `s.matchAll(re)` gives. */
export function eachMatch(re: RegExp, s: string, f: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0] === '') re.lastIndex++; // as matchAll steps over an empty match
    f(m);
  }
}
