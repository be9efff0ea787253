// The review page's style sheet: a list on the left, the report on the right; figures coloured by kind.
export const REVIEW_CSS = `
:root { --line: #d9dde3; --muted: #5b6470; --bg: #f6f7f9; --accent: #1f5fbf; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", system-ui, sans-serif; color: #1d232b; background: var(--bg); display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 18px; padding: 8px 16px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0 12px 0 0; }
#filters { display: contents; }
#filters label { white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: 4px; font-size: 12px; }
#app { flex: 1; display: flex; min-height: 0; }
#reports { width: 300px; flex: none; overflow-y: auto; background: #fff; border-right: 1px solid var(--line); padding: 8px; }
.report-item { display: block; width: 100%; text-align: left; border: 1px solid transparent; border-radius: 6px; background: none; padding: 6px 8px; margin-bottom: 4px; cursor: pointer; font: inherit; }
.report-item:hover { background: var(--bg); }
.report-item.selected { border-color: var(--accent); background: #eef3fb; }
.report-item.error { cursor: default; color: #8a1c1c; }
.item-title { display: block; font-weight: 600; }
.item-meta { display: block; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.badges { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 2px; }
.badge { font-size: 11px; border-radius: 8px; padding: 0 6px; background: #e9ecf1; color: var(--muted); }
.badge.warn { background: #fff1d6; color: #7a5200; }
.badge.conflict { background: #fde2e2; color: #8a1c1c; margin-left: 4px; }
#report { flex: 1; min-width: 0; display: grid; grid-template-columns: minmax(360px, 46%) 1fr; gap: 16px; padding: 12px 16px; overflow: hidden; }
.side { overflow-y: auto; min-height: 0; padding-right: 6px; padding-bottom: 40px; }
#report h2 { margin: 4px 0 8px; font-size: 20px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 14px; margin: 0; font-size: 13px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.none { color: var(--muted); }
.warnings ul, .conflicts ul { margin: 0; padding-left: 20px; }
.conflicts li { color: #8a1c1c; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid var(--line); padding: 3px 8px; vertical-align: top; text-align: left; }
th { background: #eef0f3; font-weight: 600; }
tr.none td, tr.dim td { color: var(--muted); }
tr.dim { opacity: 0.45; }
.chip { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.evidence { font: inherit; border: 1px solid var(--line); border-radius: 4px; padding: 0 6px; margin: 1px 4px 1px 0; cursor: pointer; background: #fff; }
.evidence:hover { border-color: var(--accent); }
.heading-link { display: block; width: 100%; text-align: left; border: 0; background: none; font: inherit; font-size: 13px; padding: 1px 4px; cursor: pointer; color: var(--accent); }
.heading-link:hover { text-decoration: underline; }
.level-0 { font-weight: 700; } .level-2 { padding-left: 14px; } .level-3 { padding-left: 26px; } .level-4 { padding-left: 38px; }
.text { min-width: 0; min-height: 0; overflow-y: auto; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; font-size: 15px; line-height: 1.9; }
.heading-text { font-weight: 700; }
mark.fig { border-radius: 3px; padding: 0 1px; cursor: pointer; color: inherit; }
mark.fig.neg { text-decoration: underline dashed; }
mark.fig.approx { box-shadow: inset 0 -2px 0 #555; }
mark.fig.dim { background: none !important; cursor: default; }
.k-penalty { background: #ffd9d2; } .k-officers { background: #d6ecff; } .k-inspections { background: #dff5d8; }
.k-rectifications { background: #fff0b8; } .k-reconsideration { background: #ead9ff; } .k-litigation { background: #ffd9ef; }
.k-training { background: #d8f3f0; } .k-legal_review { background: #e8e1d2; } .k-disclosure { background: #e3e7ee; }
.k-complaints { background: #f9e1c8; } .k-proposals { background: #dfe7c9; } .k-other { background: #e6e6e6; }
.chip.k-penalty, .evidence.k-penalty { border-color: #e59a8c; } 
.current { outline: 2px solid var(--accent); outline-offset: 1px; }
.flash { animation: flash 1.6s ease-out; }
@keyframes flash { 0%, 30% { background-color: #ffb300; } 100% { } }
.spot { background: #ffe08a; }
.grid-wrap { overflow-x: auto; margin-bottom: 12px; }
.grid td.linked { cursor: pointer; color: var(--accent); }
.figures-table td:first-child { color: var(--muted); }
`;
