// Proposes theme keywords from the labelled real documents: per theme, the character n-grams that are much more frequent
// in the tune reports labelled with that theme than in the others. It writes nothing into themes.tsv: a person reviews
// the proposals and adds only the field's terms (see README.md beside this file).
//
//   node theme-terms.mjs TEXTS_DIR [LABELS] [jieba.dict.utf8] [--words] [--leave-out=fold:K | --leave-out=docs:FROM-TO]
//
// --leave-out keeps some tune documents out of the proposals, so that choosing among them can be scored on documents
// that proposed nothing: fold:K leaves out the documents whose number is K modulo 5 (the folds of the real-documents
// harness's --theme-terms), docs:FROM-TO a range of document numbers.
//
// Reads only split `tune` of the labels (never valid, held-out or fresh) and only single-report documents (a
// compilation's text cannot be told apart per report without the pipeline).
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpack } from './npm-package.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..');
const args = process.argv.slice(2).filter(a => !a.startsWith('--'));
const leaveOut = process.argv.slice(2).find(a => a.startsWith('--leave-out='))?.slice('--leave-out='.length);
const textsDir = args[0];
if (!textsDir) { console.error('usage: node theme-terms.mjs TEXTS_DIR [LABELS] [jieba.dict.utf8] [--leave-out=fold:K|docs:FROM-TO]'); process.exit(2); }
const labelsPath = args[1] ?? join(here, '../../../../tests/real-documents/labels.tsv');
const jiebaDict = args[2] ?? join(unpack('nodejieba@3.5.8'), 'submodules/cppjieba/dict/jieba.dict.utf8');
const leftOut = (() => {
  const fold = /^fold:([0-4])$/.exec(leaveOut ?? ''), range = /^docs:(\d+)-(\d+)$/.exec(leaveOut ?? '');
  if (leaveOut && !fold && !range) { console.error(`--leave-out: expected fold:K (0–4) or docs:FROM-TO, got ${leaveOut}`); process.exit(2); }
  return (id) => fold ? Number(id) % 5 === Number(fold[1]) : range ? Number(id) >= Number(range[1]) && Number(id) <= Number(range[2]) : false;
})();

const SMALLEST = 2, LARGEST = 5;      // n-gram lengths
const SUPPORT = 3;                    // documents of the theme that hold the term
const LIFT = 4;                       // share of the theme's documents over share of the others' (with one added)
const SHARE = 0.5;                    // of the documents holding the term, at least this share labelled with the theme
const SHOWN = Number(process.argv.slice(2).find(a => a.startsWith("--shown="))?.slice(8) ?? 25);   // proposals per theme (--shown=N)

const rows = (path) => readFileSync(path, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));

// Traditional → simplified, the fold the service matches themes in.
const fold = new Map(rows(join(data, 'traditional-to-simplified.tsv')).map(([t, s]) => [t, s]));
const simplified = (text) => Array.from(text, c => fold.get(c) ?? c).join('');

// Names are never theme terms: every gazetteer name and short form, and jieba's person, place and organisation words.
const names = new Set();
for (const r of rows(join(data, 'gazetteer.tsv'))) {
  names.add(r[1].split('/').at(-1));
  for (const f of [r[3], ...(r[4] ?? '').split(','), ...(r[5] ?? '').split(',')]) if (f && f.length >= 2) names.add(f);
}
for (const r of rows(join(data, 'place-aliases.tsv'))) if (r[0]?.length >= 2) names.add(r[0]);
const jiebaNames = new Set(), jiebaWords = new Set();
for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [word, , tag] = line.split(' ');
  if (word && /^(nr|ns|nt)/.test(tag ?? '') && word.length >= 2) jiebaNames.add(word);
  else if (word && word.length >= 2) jiebaWords.add(simplified(word));
}
// --words: only words of jieba's dictionary (送饺子 is no word, 饺子 is), so that what a passage shows as the reason for
// its theme reads as a word, never as a fragment across two (会第, 化产).
const wordsOnly = process.argv.includes('--words');
const isName = (g) => jiebaNames.has(g) || [...names].some(n => g.includes(n));

// A proposal that a keyword already holds, or that holds one, adds nothing; one opening or ending on a function
// character (的, 了, 们, 和 …) is a fragment of a phrase, not a term.
const EDGE = /^[的了和与及等为对在是将把被们之其这那该各]|[的了和与及等为对在是将把被们之其这那该各]$/;
const known = new Map(); // keyword → themes that have it
for (const [theme, keyword] of rows(join(data, 'themes.tsv'))) known.set(simplified(keyword), [...(known.get(simplified(keyword)) ?? []), theme]);

const keywords = [...known.keys()];

// Documents: tune, single report, with text.
const header = readFileSync(labelsPath, 'utf8').split('\n')[0].split('\t');
const col = Object.fromEntries(header.map((h, i) => [h, i]));
const byDoc = new Map();
for (const r of rows(labelsPath).slice(1)) {
  if (r[col.split] !== 'tune' || leftOut(r[col.doc])) continue;
  byDoc.set(r[col.doc], [...(byDoc.get(r[col.doc]) ?? []), r]);
}
const docs = [];
for (const [id, reports] of byDoc) {
  const file = join(textsDir, `${id}.txt`);
  if (reports.length !== 1 || !existsSync(file)) continue;
  const themes = reports[0][col.themes].split(';').map(t => t.trim()).filter(Boolean);
  if (themes.length === 0) continue;
  const grams = new Set();
  for (const run of simplified(readFileSync(file, 'utf8')).match(/[\u4e00-\u9fff]+/g) ?? [])
    for (let n = SMALLEST; n <= LARGEST; n++) for (let i = 0; i + n <= run.length; i++) grams.add(run.slice(i, i + n));
  docs.push({ id, themes, grams });
}

const support = new Map(); // gram → ids of documents
for (const d of docs) for (const g of d.grams) (support.get(g) ?? support.set(g, []).get(g)).push(d);

const allThemes = [...new Set(docs.flatMap(d => d.themes))].sort();
console.log(`# ${docs.length} single-report tune documents with text${leaveOut ? ` (left out: ${leaveOut})` : ''}${wordsOnly ? ', dictionary words only' : ''}; n-grams ${SMALLEST}–${LARGEST}, support ≥ ${SUPPORT}, lift ≥ ${LIFT}, share ≥ ${SHARE}`);
console.log('theme\tterm\tdocs with theme\tdocs without\tlift');
for (const theme of allThemes) {
  const inTheme = docs.filter(d => d.themes.includes(theme)).length, others = docs.length - inTheme;
  const found = [];
  for (const [g, holders] of support) {
    const a = holders.filter(d => d.themes.includes(theme)).length;
    if (a < SUPPORT) continue;
    const b = holders.length - a;
    const lift = (a / inTheme) / ((b + 1) / (others + 1));
    if (lift < LIFT || a / holders.length < SHARE) continue;
    found.push({ g, a, b, lift, holders });
  }
  // A fragment of a longer proposal held by the same documents says nothing more (集中入 inside 集中入会).
  const kept = found.filter(f => !found.some(o => o !== f && o.g.length > f.g.length && o.g.includes(f.g) && o.holders.length === f.holders.length))
    .filter(f => (!wordsOnly || jiebaWords.has(f.g)) && !isName(f.g) && !EDGE.test(f.g) && !keywords.some(k => k.includes(f.g) || f.g.includes(k)))
    .sort((x, y) => y.a * Math.log(y.lift) - x.a * Math.log(x.lift));
  console.log(`# ${theme}: ${inTheme} documents, ${kept.length} proposals`);
  for (const f of kept.slice(0, SHOWN))
    console.log([theme, f.g, f.a, f.b, f.lift.toFixed(1)].join('\t'));
}
