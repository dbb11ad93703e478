// compromise-entities.js STREAM: the peer of entities(1) for
// tests/bench/entities.  Reads a newsutils stream (doc and text
// columns), runs compromise's .people(), .places() and .organizations()
// on every text and prints one line per match (type and words).
const fs = require('fs');
const nlp = require('compromise');
const unesc = (s) => s.replace(/\\(.)/g, (m, c) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' }[c] || c));
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const col = lines[0].split('\t').indexOf('text');
const out = [];
for (let i = 1; i < lines.length; i++) {
	if (!lines[i]) continue;
	const doc = nlp(unesc(lines[i].split('\t')[col]));
	for (const p of doc.people().out('array')) out.push('PERSON\t' + p);
	for (const p of doc.places().out('array')) out.push('LOC\t' + p);
	for (const p of doc.organizations().out('array')) out.push('ORG\t' + p);
}
fs.writeFileSync(process.stdout.fd, out.join('\n') + '\n');
