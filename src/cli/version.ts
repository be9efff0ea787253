// The package version for --version, read from package.json next to the build (dist/) or the source (src/cli/).
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cn-report-metrics' && pkg.version) return pkg.version;
    } catch {
      // not there: try the next level up
    }
  }
  return '0.0.0';
}
