// compromise-quotes.js STREAM: the peer of quotes(1) for tests/bench/quotes.
// Reads a newsutils stream (doc and text columns), runs compromise's
// .quotations() on every text and prints one line per quotation.
const fs = require('fs');
const nlp = require('compromise');
const unesc = (s) => s.replace(/\\(.)/g, (m, c) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' }[c] || c));
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const col = lines[0].split('\t').indexOf('text');
let out = [];
for (let i = 1; i < lines.length; i++) {
	if (!lines[i]) continue;
	const text = unesc(lines[i].split('\t')[col]);
	for (const q of nlp(text).quotations().out('array'))
		out.push(q);
}
fs.writeFileSync(process.stdout.fd, out.join('\n') + '\n');
