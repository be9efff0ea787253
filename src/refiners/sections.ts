// The section path of every offset: titles of the enclosing headings, outermost first. Where a
// second report starts (its title line), every section of the first one ends.
import type { Heading } from '../schema.js';

export function sectionPaths(headings: readonly Heading[], reportStarts: readonly number[] = []): (offset: number) => string[] {
  const marks = [...headings.map((h) => ({ start: h.start, h })), ...reportStarts.map((start) => ({ start, h: null }))].sort(
    (a, b) => a.start - b.start,
  );
  const paths: { start: number; path: string[] }[] = [];
  const stack: Heading[] = [];
  for (const { start, h } of marks) {
    if (!h) {
      stack.length = 0;
      paths.push({ start, path: [] });
      continue;
    }
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    stack.push(h);
    paths.push({ start: h.start, path: stack.map((x) => x.title) });
  }
  return (offset) => {
    let lo = 0;
    let hi = paths.length - 1;
    let found: string[] = [];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paths[mid]!.start <= offset) {
        found = paths[mid]!.path;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}
