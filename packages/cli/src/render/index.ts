export { renderTable, summaryLine } from './table.js';
export { renderTree } from './tree.js';
export { renderDot, dotQuote } from './dot.js';
export { renderJsonLines } from './json-lines.js';
export { describeTarget, describeFlags } from './describe-file.js';
export { renderGraph, pickFormat, GRAPH_FORMATS, type GraphFormat } from './render-graph.js';
