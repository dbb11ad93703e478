// chrono.js: the peer for tests/bench/dateof.  Reads a newsutils stream
// (doc, ..., text) on stdin and runs chrono.parse on each document's text
// with the document's reference date (its " date YYYY-MM-DD" header line,
// else the REF environment variable); prints the number of expressions.
const chrono = require(process.argv[2] || 'chrono-node');
const fs = require('fs');
const lines = fs.readFileSync(0, 'utf8').split('\n');
const head = lines[0].split('\t');
const ti = head.indexOf('text');
const unesc = s => s.replace(/\\(.)/g, (m, c) => c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c);
const fallback = new Date(process.env.REF || '2025-10-25');
let n = 0;
for (let i = 1; i < lines.length; i++) {
	if (!lines[i]) continue;
	const text = unesc(lines[i].split('\t')[ti]);
	const m = /^ ?date (\d{4}-\d\d-\d\d)/.exec(text);
	n += chrono.parse(text, m ? new Date(m[1]) : fallback).length;
}
console.log(n);
