/// <reference lib="dom" />
// The review page's script, run in the browser. page.ts embeds it as the source text of `reviewClient`, so
// it must stand alone: no imports, nothing from outside the function. It reads the page's JSON data and
// builds the view with DOM calls: report strings only ever become text nodes, attribute values and
// `title` tooltips, never markup.
//
// View: the list of reports on the left; for the chosen report its facts, warnings, disagreements with
// other reports, the summary table (each evidence entry jumps to its words and flashes them), the outline
// (jumps to headings), the text with every figure highlighted by kind, every figure in a table, and the
// report's tables as grids. Filters (kind, negated zeros, approximations, conflicts) narrow all of these.

/* eslint-disable */
export function reviewClient(): void {
  interface Metric {
    kind: string; value: number; unit: string; qualifier: string; role: string; text: string; start: number; end: number;
    section: string[]; negated: boolean; year: number | null; yearStated: boolean; rule: string; source?: string;
  }
  interface Heading { level: number; marker: string; title: string; start: number; end: number }
  interface Region { code: string; province: string; city: string | null; county: string | null; level: string; from: string }
  interface Cell { value?: number | null; text?: string; start?: number; end?: number }
  interface Table {
    caption?: string | null; standard?: string; start?: number; end?: number;
    columns?: { path?: string[]; unit?: string | null }[]; rows?: { cells?: Cell[] }[];
  }
  interface Report {
    file: string; title: string | null; year: number | null; issuer: string | null; publisher: string | null;
    published: string | null; reportType: string; bodyType: string | null; region: Region | null;
    regionCandidates: Region[]; docId: string; script: string; format: string; encoding: string;
    text: string | null; headings: Heading[]; metrics: Metric[];
    summary: { kind: string; value: number | null; unit: string | null; qualifier: string | null; evidence: number[] }[];
    tables: Table[]; warnings: { code: string; message: string }[];
    conflicts: { kind: string; readings: { value: number; unit: string; qualifier: string; files: string[] }[] }[];
    copies: string[];
  }
  interface Data {
    kinds: { kind: string; unit: string; description: string; core: boolean }[];
    reports: Report[];
    errors: { file: string; code: string; message: string }[];
  }

  const data = JSON.parse(document.getElementById('review-data')!.textContent || '{}') as Data;
  const KIND_GROUPS = ['penalty', 'officers', 'inspections', 'rectifications', 'reconsideration', 'litigation', 'training', 'legal_review', 'disclosure', 'complaints', 'proposals'];
  const QUALIFIER: Record<string, string> = { exact: '', more_than: 'more than', at_least: 'at least', approx: 'about', at_most: 'at most' };

  const filters = { kind: '', negated: false, approx: false, conflicts: false };
  let current = -1;
  // Per metric index of the report shown: the highlighted segments of its words.
  let marks: HTMLElement[][] = [];
  let textBox: HTMLElement | null = null;
  let segments: { start: number; end: number; el: HTMLElement }[] = [];

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string | null): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  const kindClass = (kind: string) => {
    const group = kind.split('.')[0] ?? '';
    return 'k-' + (KIND_GROUPS.indexOf(group) >= 0 ? group : 'other');
  };
  const figureText = (value: number | null, unit: string | null, qualifier: string | null) =>
    value === null ? '—' : (QUALIFIER[qualifier || 'exact'] ? QUALIFIER[qualifier || 'exact'] + ' ' : '') + value + ' ' + (unit || '');

  function conflictKinds(r: Report): Set<string> {
    return new Set(r.conflicts.map((c) => c.kind));
  }
  function matches(r: Report, m: Metric): boolean {
    if (filters.kind && m.kind !== filters.kind) return false;
    if (filters.negated && !m.negated) return false;
    if (filters.approx && m.qualifier === 'exact') return false;
    if (filters.conflicts && !conflictKinds(r).has(m.kind)) return false;
    return true;
  }
  const filtering = () => !!filters.kind || filters.negated || filters.approx || filters.conflicts;
  function reportShown(r: Report): boolean {
    if (!filtering()) return true;
    if (filters.conflicts && r.conflicts.length === 0) return false;
    return r.metrics.some((m) => matches(r, m));
  }

  // ---- header: filters and legend
  const header = document.getElementById('filters')!;
  const kindSelect = el('select');
  kindSelect.id = 'filter-kind';
  kindSelect.appendChild(el('option', undefined, 'every kind')).value = '';
  for (const k of data.kinds) {
    const o = el('option', undefined, k.kind + (k.core ? '' : ' (more)'));
    o.value = k.kind;
    o.title = k.description;
    kindSelect.appendChild(o);
  }
  kindSelect.addEventListener('change', () => {
    filters.kind = kindSelect.value;
    refresh();
  });
  const kindLabel = el('label', undefined, 'kind ');
  kindLabel.appendChild(kindSelect);
  header.appendChild(kindLabel);
  const box = (id: string, label: string, key: 'negated' | 'approx' | 'conflicts', hint: string) => {
    const l = el('label');
    l.title = hint;
    const c = el('input');
    c.type = 'checkbox';
    c.id = id;
    c.addEventListener('change', () => {
      filters[key] = c.checked;
      refresh();
    });
    l.appendChild(c);
    l.appendChild(document.createTextNode(' ' + label));
    header.appendChild(l);
  };
  box('filter-negated', 'negated zeros', 'negated', 'figures read as 0 from a negation (未发生…案件)');
  box('filter-approx', 'approximations', 'approx', 'figures with a qualifier: 余/多 (more than), 以上 (at least), 约/近 (about), 以内 (at most)');
  box('filter-conflicts', 'conflicts', 'conflicts', 'figures other reports of the same issuer and year give differently');
  const legend = el('span', 'legend');
  for (const g of KIND_GROUPS.concat(['other'])) legend.appendChild(el('mark', 'fig k-' + g, g));
  header.appendChild(legend);

  // ---- the list of reports
  const list = document.getElementById('reports')!;
  function renderList(): void {
    list.textContent = '';
    data.reports.forEach((r, i) => {
      const b = el('button', 'report-item' + (i === current ? ' selected' : ''));
      b.type = 'button';
      b.dataset.index = String(i);
      b.hidden = !reportShown(r);
      b.appendChild(el('span', 'item-title', r.title || r.file));
      const where = r.region ? [r.region.province, r.region.city !== r.region.province ? r.region.city : null, r.region.county].filter(Boolean).join(' ') : null;
      b.title = r.file;
      const base = r.file.split(/[\\/]/).pop() || r.file;
      b.appendChild(el('span', 'item-meta', [base, r.year, r.issuer || where].filter((x) => x !== null && x !== '').join(' · ')));
      const badges = el('span', 'badges');
      badges.appendChild(el('span', 'badge', r.metrics.length + (r.metrics.length === 1 ? ' figure' : ' figures')));
      if (r.warnings.length) badges.appendChild(el('span', 'badge warn', r.warnings.length + (r.warnings.length === 1 ? ' warning' : ' warnings')));
      if (r.conflicts.length) badges.appendChild(el('span', 'badge conflict', r.conflicts.length + (r.conflicts.length === 1 ? ' conflict' : ' conflicts')));
      if (r.text === null) badges.appendChild(el('span', 'badge', 'no text'));
      b.appendChild(badges);
      b.addEventListener('click', () => select(i));
      list.appendChild(b);
    });
    for (const e of data.errors) {
      const d = el('div', 'report-item error');
      d.appendChild(el('span', 'item-title', e.file));
      d.appendChild(el('span', 'item-meta', e.code + ': ' + e.message));
      list.appendChild(d);
    }
    if (data.reports.length === 0 && data.errors.length === 0) list.appendChild(el('p', 'empty', 'no records'));
  }

  // ---- one report
  const main = document.getElementById('report')!;

  function facts(r: Report): HTMLElement {
    const dl = el('dl', 'facts');
    const row = (k: string, v: string | null | undefined) => {
      dl.appendChild(el('dt', undefined, k));
      dl.appendChild(el('dd', v ? undefined : 'none', v || '—'));
    };
    row('file', r.file + (r.copies.length ? '  (same report as: ' + r.copies.join(', ') + ')' : ''));
    row('year', r.year === null ? null : String(r.year));
    row('issuer', r.issuer);
    row('kind of body', r.bodyType);
    row('report type', r.reportType);
    const g = r.region;
    row('region', g ? [g.province, g.city !== g.province ? g.city : null, g.county].filter(Boolean).join(' ') + ' · ' + g.code + ' (from the ' + g.from + ')' : null);
    if (!g && r.regionCandidates.length) row('region candidates', r.regionCandidates.map((c) => [c.province, c.city !== c.province ? c.city : null, c.county].filter(Boolean).join(' ') + ' ' + c.code).join('; '));
    row('publisher', r.publisher);
    row('published', r.published);
    row('source', r.format + ', ' + r.encoding + ', ' + r.script);
    row('docId', r.docId);
    return dl;
  }

  function section(title: string, cls: string): HTMLElement {
    const s = el('section', cls);
    s.appendChild(el('h3', undefined, title));
    return s;
  }

  function evidenceButton(r: Report, i: number): HTMLElement {
    const m = r.metrics[i];
    const b = el('button', 'evidence ' + (m ? kindClass(m.kind) : ''), m ? m.text : '#' + i);
    b.type = 'button';
    b.dataset.metric = String(i);
    b.title = 'show these words in the text';
    b.addEventListener('click', () => jump(i));
    return b;
  }

  function summaryTable(r: Report): HTMLElement {
    const s = section('Summary: one figure per core kind', 'summary');
    const t = el('table', 'summary-table');
    const head = t.createTHead().insertRow();
    for (const h of ['kind', 'figure', 'evidence']) head.appendChild(el('th', undefined, h));
    const body = t.createTBody();
    const conflicted = conflictKinds(r);
    for (const e of r.summary) {
      const tr = body.insertRow();
      tr.dataset.kind = e.kind;
      const kindCell = tr.insertCell();
      kindCell.appendChild(el('span', 'chip ' + kindClass(e.kind)));
      kindCell.appendChild(document.createTextNode(e.kind));
      if (conflicted.has(e.kind)) {
        const c = el('span', 'badge conflict', '≠');
        c.title = 'another report of this issuer and year gives a different figure';
        kindCell.appendChild(c);
      }
      tr.insertCell().textContent = figureText(e.value, e.unit, e.qualifier);
      const ev = tr.insertCell();
      for (const i of e.evidence) ev.appendChild(evidenceButton(r, i));
      if (e.value === null) tr.className = 'none';
    }
    s.appendChild(t);
    return s;
  }

  function outline(r: Report): HTMLElement {
    const nav = el('nav', 'outline');
    nav.appendChild(el('h3', undefined, 'Outline'));
    if (!r.headings.length) nav.appendChild(el('p', 'none', 'no headings'));
    r.headings.forEach((h, k) => {
      const b = el('button', 'heading-link level-' + h.level, h.marker + h.title);
      b.type = 'button';
      b.dataset.heading = String(k);
      b.addEventListener('click', () => flashRange(h.start, h.end, true));
      nav.appendChild(b);
    });
    return nav;
  }

  // The text as segments between figure boundaries; a segment covered by figures is a <mark>.
  function textView(r: Report): HTMLElement {
    const article = el('article', 'text');
    textBox = article;
    marks = r.metrics.map(() => []);
    segments = [];
    const text = r.text;
    if (text === null) {
      article.appendChild(el('p', 'none', 'These records were made without --include-text, so the text cannot be shown. Run extract with --include-text and review again; the figures are listed below with their words.'));
      return article;
    }
    const cuts = new Set<number>([0, text.length]);
    for (const m of r.metrics) {
      if (m.start >= 0 && m.end <= text.length && m.start < m.end) {
        cuts.add(m.start);
        cuts.add(m.end);
      }
    }
    for (const h of r.headings) {
      cuts.add(Math.min(h.start, text.length));
      cuts.add(Math.min(h.end, text.length));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    for (let p = 0; p + 1 < points.length; p++) {
      const a = points[p]!;
      const b = points[p + 1]!;
      const covering: number[] = [];
      r.metrics.forEach((m, i) => {
        if (m.start <= a && m.end >= b && m.start < m.end) covering.push(i);
      });
      const inHeading = r.headings.some((h) => h.start <= a && h.end >= b);
      let node: HTMLElement;
      if (covering.length) {
        const first = r.metrics[covering[0]!]!;
        node = el('mark', 'fig ' + kindClass(first.kind), text.slice(a, b));
        node.dataset.metrics = covering.join(' ');
        node.title = covering
          .map((i) => {
            const m = r.metrics[i]!;
            return m.kind + ' = ' + figureText(m.value, m.unit, m.qualifier) + ' (' + m.role + (m.negated ? ', negated' : '') + ', rule ' + m.rule + ')';
          })
          .join('\n');
        for (const i of covering) {
          const m = r.metrics[i]!;
          if (m.negated) node.classList.add('neg');
          if (m.qualifier !== 'exact') node.classList.add('approx');
          marks[i]!.push(node);
        }
        node.addEventListener('click', () => showFigure(covering[0]!));
      } else {
        node = el('span', undefined, text.slice(a, b));
      }
      if (inHeading) node.classList.add('heading-text');
      segments.push({ start: a, end: b, el: node });
      article.appendChild(node);
    }
    return article;
  }

  function figuresTable(r: Report): HTMLElement {
    const s = section('Every figure', 'figures');
    const t = el('table', 'figures-table');
    const head = t.createTHead().insertRow();
    for (const h of ['#', 'kind', 'figure', 'role', 'words', 'section', 'year', 'rule']) head.appendChild(el('th', undefined, h));
    const body = t.createTBody();
    r.metrics.forEach((m, i) => {
      const tr = body.insertRow();
      tr.dataset.metric = String(i);
      tr.insertCell().textContent = String(i);
      const k = tr.insertCell();
      k.appendChild(el('span', 'chip ' + kindClass(m.kind)));
      k.appendChild(document.createTextNode(m.kind));
      tr.insertCell().textContent = figureText(m.value, m.unit, m.qualifier) + (m.negated ? ' (negation)' : '');
      tr.insertCell().textContent = m.role;
      tr.insertCell().appendChild(evidenceButton(r, i));
      tr.insertCell().textContent = m.section.join(' › ');
      tr.insertCell().textContent = m.year === null ? '' : String(m.year) + (m.yearStated ? '' : ' (implied)');
      tr.insertCell().textContent = m.rule + (m.source ? ' · ' + m.source : '');
    });
    if (!r.metrics.length) s.appendChild(el('p', 'none', 'no figures'));
    else s.appendChild(t);
    return s;
  }

  function tablesView(r: Report): HTMLElement | null {
    if (!r.tables.length) return null;
    const s = section('Tables', 'tables');
    for (const tb of r.tables) {
      const wrap = el('div', 'grid-wrap');
      wrap.appendChild(el('h4', undefined, (tb.caption || 'table') + (tb.standard ? ' · ' + tb.standard : '')));
      const t = el('table', 'grid');
      const cols = tb.columns || [];
      if (cols.length) {
        const head = t.createTHead().insertRow();
        for (const c of cols) head.appendChild(el('th', undefined, (c.path || []).join(' › ') + (c.unit ? ' (' + c.unit + ')' : '')));
      }
      const body = t.createTBody();
      for (const row of tb.rows || []) {
        const tr = body.insertRow();
        for (const c of row.cells || []) {
          const td = tr.insertCell();
          td.textContent = c.text !== undefined ? c.text : c.value === null || c.value === undefined ? '' : String(c.value);
          if (typeof c.start === 'number' && typeof c.end === 'number') {
            const start = c.start;
            const end = c.end;
            td.className = 'linked';
            td.title = 'show in the text';
            td.addEventListener('click', () => flashRange(start, end, false));
          }
        }
      }
      wrap.appendChild(t);
      s.appendChild(wrap);
    }
    return s;
  }

  function render(): void {
    main.textContent = '';
    const r = data.reports[current];
    if (!r) {
      main.appendChild(el('p', 'none', data.reports.length ? 'choose a report' : 'no reports to review'));
      return;
    }
    // Left: what was read (facts, summary, outline, figures); right: the text it was read from.
    const side = el('div', 'side');
    side.appendChild(el('h2', undefined, r.title || r.file));
    side.appendChild(facts(r));
    if (r.warnings.length) {
      const s = section('Warnings', 'warnings');
      const ul = el('ul');
      for (const w of r.warnings) ul.appendChild(el('li', undefined, w.code + ': ' + w.message));
      s.appendChild(ul);
      side.appendChild(s);
    }
    if (r.conflicts.length) {
      const s = section('Other reports of this issuer and year disagree', 'conflicts');
      const ul = el('ul');
      for (const c of r.conflicts) {
        ul.appendChild(el('li', undefined, c.kind + ': ' + c.readings.map((x) => figureText(x.value, x.unit, x.qualifier) + ' in ' + x.files.join(', ')).join(' / ')));
      }
      s.appendChild(ul);
      side.appendChild(s);
    }
    side.appendChild(summaryTable(r));
    side.appendChild(outline(r));
    const tables = tablesView(r);
    if (tables) side.appendChild(tables);
    side.appendChild(figuresTable(r));
    main.appendChild(side);
    main.appendChild(textView(r));
    applyFilters();
  }

  // Filters dim the marks and hide the figure rows they do not match; the report list hides reports with none.
  function applyFilters(): void {
    const r = data.reports[current];
    if (!r) return;
    for (const s of segments) {
      const ms = s.el.dataset.metrics;
      if (ms) s.el.classList.toggle('dim', !ms.split(' ').some((j) => matches(r, r.metrics[Number(j)]!)));
    }
    main.querySelectorAll<HTMLTableRowElement>('.figures-table tbody tr').forEach((tr) => {
      tr.hidden = !matches(r, r.metrics[Number(tr.dataset.metric)]!);
    });
    main.querySelectorAll<HTMLTableRowElement>('.summary-table tbody tr').forEach((tr) => {
      const k = tr.dataset.kind || '';
      tr.classList.toggle('dim', (!!filters.kind && k !== filters.kind) || (filters.conflicts && !conflictKinds(r).has(k)));
    });
  }

  function refresh(): void {
    renderList();
    applyFilters();
  }

  function select(i: number): void {
    current = i;
    if (history.replaceState) history.replaceState(null, '', '#report=' + i);
    renderList();
    render();
    const side = main.querySelector('.side');
    if (side) side.scrollTop = 0;
  }

  // Flashes elements (the animation restarts); the previous flash ends.
  function flash(nodes: HTMLElement[]): void {
    document.querySelectorAll('.flash').forEach((n) => n.classList.remove('flash'));
    for (const n of nodes) {
      void n.offsetWidth; // restart the animation
      n.classList.add('flash');
    }
  }

  // Shows a figure's words: scrolls them to the middle of the text box and flashes them.
  function jump(i: number): void {
    const nodes = marks[i] || [];
    if (!nodes.length) {
      showFigure(i);
      return;
    }
    document.querySelectorAll('.current').forEach((n) => n.classList.remove('current'));
    nodes[0]!.scrollIntoView({ block: 'center', inline: 'nearest' });
    for (const n of nodes) n.classList.add('current');
    flash(nodes);
  }

  // Scrolls to a stretch of text that is no figure (a heading, a table cell) and flashes it.
  let spotted: HTMLElement | null = null;
  function flashRange(start: number, end: number, top: boolean): void {
    const seg = segments.find((s) => s.start <= start && s.end > start);
    if (!seg) return;
    if (spotted) spotted.textContent = spotted.textContent; // undo the last spot: one text node again
    spotted = seg.el;
    let target: HTMLElement = seg.el;
    const node = seg.el.firstChild;
    if (node && node.nodeType === 3 && (start > seg.start || end < seg.end)) {
      const range = document.createRange();
      range.setStart(node, start - seg.start);
      range.setEnd(node, Math.min(end, seg.end) - seg.start);
      const wrap = el('span', 'spot');
      range.surroundContents(wrap);
      target = wrap;
    }
    target.scrollIntoView({ block: top ? 'start' : 'center' });
    flash([target]);
  }

  // From a mark in the text to its row in the table of figures.
  function showFigure(i: number): void {
    const row = main.querySelector<HTMLElement>('.figures-table tr[data-metric="' + i + '"]');
    if (!row) return;
    row.hidden = false;
    row.scrollIntoView({ block: 'center' });
    flash([row]);
  }

  const fromHash = /^#report=(\d+)$/.exec(location.hash);
  const first = fromHash ? Number(fromHash[1]) : 0;
  select(first < data.reports.length ? first : 0);
  document.body.dataset.ready = 'true';
}
