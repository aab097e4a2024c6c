import { parseCaseNumber, parseChineseNumber, type CaseNumber } from './parse';
import { CASE_TYPES } from './types-data';

function ok(text: string): CaseNumber {
  const r = parseCaseNumber(text);
  if (!r.ok) throw new Error(`expected ${text} to parse, got: ${r.reason}`);
  return r.value;
}

function reason(text: unknown): string {
  const r = parseCaseNumber(text);
  if (r.ok) throw new Error(`expected ${String(text)} to fail, parsed as ${r.value.normalized}`);
  return r.reason;
}

describe('parseCaseNumber — the worked examples of docs/domain/casenumbers.md', () => {
  test('（2023）豫1322民初1234号 is a civil first-instance case of a basic court of 河南', () => {
    const c = ok('（2023）豫1322民初1234号');
    expect(c.year).toBe(2023);
    expect(c.court.code).toBe('豫1322');
    expect(c.court.level).toBe('基层');
    expect(c.court.province).toBe('河南');
    expect(c.court.nonCounty).toBe(false);
    expect(c.typeCode).toBe('民初');
    expect(c.type.family).toBe('民');
    expect(c.type.instance).toBe('一审');
    expect(c.number).toBe(1234);
    expect(c.sub).toBeNull();
    expect(c.flags).toEqual([]);
    expect(c.normalized).toBe('（2023）豫1322民初1234号');
  });

  test('(2018)沪01民初937号之三 is 上海 intermediate court 01, 民初 937, sub-number 3, half-width brackets flagged', () => {
    const c = ok('(2018)沪01民初937号之三');
    expect(c.year).toBe(2018);
    expect(c.court).toMatchObject({ code: '沪01', level: '中级', province: '上海', special: null });
    expect(c.typeCode).toBe('民初');
    expect(c.number).toBe(937);
    expect(c.sub).toBe(3);
    expect(c.flags).toContain('half-width-brackets');
    expect(c.normalized).toBe('（2018）沪01民初937号之三');
  });

  test('the numbered intermediate courts of the municipalities are named: 沪01 上海市第一中级人民法院, 京03, 渝05', () => {
    expect(ok('(2018)沪01民初937号之三').court.description).toBe('上海市第一中级人民法院（沪01）');
    expect(ok('（2023）京03民终1号').court.description).toBe('北京市第三中级人民法院（京03）');
    expect(ok('（2023）渝05民终1号').court.description).toBe('重庆市第五中级人民法院（渝05）');
    // a special court of a municipality keeps its kind; a province's intermediate court needs a directory
    expect(ok('（2021）沪72民初5号').court.description).toBe('上海·海事法院（中级）（沪72）');
    expect(ok('（2022）粤07民终88号').court.description).toBe('广东·中级法院（粤07）');
  });

  test('an intermediate court is its prefecture code digits 3–4: 江门 4407 → 粤07', () => {
    expect(ok('（2022）粤07民终88号').court).toMatchObject({ code: '粤07', level: '中级', province: '广东' });
  });

  test('a basic court is its county code digits 3–6: 方城县 411322 → 豫1322', () => {
    expect(ok('（2023）豫1322执1号').court).toMatchObject({ level: '基层', province: '河南' });
  });

  test('special intermediate courts by the ranges of 法〔2018〕335号: 71 railway, 72 maritime, 73 IP, 74 oil field, 75–80 forestry, 81–85 land reclamation, 87–95 cross-region, 96–99 county-level areas', () => {
    expect(ok('（2021）京73民初1号').court).toMatchObject({ level: '中级', special: '知识产权法院', province: '北京' });
    expect(ok('（2021）沪72民初5号').court.special).toBe('海事法院');
    expect(ok('（2021）京71刑初5号').court.special).toBe('铁路运输法院');
    expect(ok('（2021）黑75民终5号').court.special).toBe('林区法院');
    expect(ok('（2021）黑80民终5号').court.special).toBe('林区法院');
    expect(ok('（2021）黑81民终5号').court.special).toBe('农垦法院');
    expect(ok('（2021）沪91民初5号').court.special).toBe('跨行政区划法院');
    expect(ok('（2016）琼97刑终22号').court.special).toBe('县级区划对应设立的中级法院');
    expect(ok('（2021）鲁74民初5号').court.special).toBe('油田法院');
    expect(ok('（2021）黑86民初5号').court.special).toBeNull();
  });

  test('74 is the financial court where a municipality has no oil-field court: 沪74 上海金融法院, 京74 北京金融法院', () => {
    expect(ok('(2018)沪74民初587号').court).toMatchObject({ level: '中级', special: '金融法院', description: '上海·金融法院（中级）（沪74）' });
    expect(ok('(2021)京74民初938号').court.special).toBe('金融法院');
  });

  test('a basic court under 90 is one of the county-level cities the province runs itself, not a cross-region court', () => {
    expect(ok('(2020)鄂9006刑初393号').court).toMatchObject({ level: '基层', special: null, province: '湖北' });
    expect(ok('（2018）豫9001民特131号').court.special).toBeNull();
  });

  test('a basic court under a special court range keeps the kind: 京7101 is a railway court of the basic level', () => {
    expect(ok('（2021）京7101刑初3号').court).toMatchObject({ level: '基层', special: '铁路运输法院' });
  });

  test('courts not tied to a county use a 9x suffix: 浙0192 杭州互联网法院', () => {
    const c = ok('（2020）浙0192民初100号');
    expect(c.court).toMatchObject({ code: '浙0192', level: '基层', province: '浙江', nonCounty: true });
    expect(c.court.description).toContain('非县级');
  });

  test('a high court is the bare abbreviation, 最高法 the Supreme Court, 军 and 兵 are accepted', () => {
    expect(ok('（2019）豫民终12号').court).toMatchObject({ code: '豫', level: '高级', province: '河南' });
    expect(ok('（2019）最高法民申1234号').court).toMatchObject({ code: '最高法', level: '最高', province: null });
    expect(ok('（2019）军刑终3号').court).toMatchObject({ level: '高级', province: '军事法院系统' });
    expect(ok('（2019）兵01民终3号').court).toMatchObject({ level: '中级', province: '新疆生产建设兵团' });
    expect(ok('（2019）内0102民初3号').court.province).toBe('内蒙古');
  });

  test('the special-trial character 知 stands before the type code', () => {
    const c = ok('（2020）最高法知民终1号');
    expect(c.specialTrial).toBe('知');
    expect(c.typeCode).toBe('民终');
    expect(ok('（2023）苏01知民初77号').specialTrial).toBe('知');
    expect(ok('（2023）苏01民初77号').specialTrial).toBeNull();
  });

  test('type codes match longest first: 执恢 before 执, 民辖终 before 民辖, 行赔初 before 行', () => {
    expect(ok('（2023）豫1322执恢12号').typeCode).toBe('执恢');
    expect(ok('（2023）豫1322执12号').typeCode).toBe('执');
    expect(ok('（2023）豫13民辖终5号').typeCode).toBe('民辖终');
    expect(ok('（2023）豫1322民辖5号').typeCode).toBe('民辖');
    expect(ok('（2023）豫13行赔初5号').typeCode).toBe('行赔初');
    expect(ok('（2023）豫1322刑医解2号').typeCode).toBe('刑医解');
    expect(ok('（2023）豫1322诉前调确2号').typeCode).toBe('诉前调确');
  });

  test('刑核 uses a random 8-digit number', () => {
    expect(ok('（2019）最高法刑核38271645号').number).toBe(38271645);
  });

  test('a range of numbers: 民初18775-18776号 stands for two cases', () => {
    const c = ok('（2023）京0105民初18775-18776号');
    expect(c.number).toBe(18775);
    expect(c.numberEnd).toBe(18776);
    expect(c.count).toBe(2);
    expect(c.flags).toContain('range');
    expect(c.normalized).toBe('（2023）京0105民初18775-18776号');
  });

  test('sub-numbers 之一 … 之十 and beyond', () => {
    const subs = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    subs.forEach((s, k) => expect(ok(`（2023）豫1322民初1号之${s}`).sub).toBe(k + 1));
    expect(ok('（2023）豫1322民初1号之十二').sub).toBe(12);
    expect(ok('（2023）豫1322民初1号之二十').sub).toBe(20);
  });

  test('the legacy pre-2016 form （2015）朝民初字第12345号', () => {
    const c = ok('（2015）朝民初字第12345号');
    expect(c.legacy).toBe(true);
    expect(c.year).toBe(2015);
    expect(c.court.code).toBe('朝');
    expect(c.court.level).toBeNull();
    expect(c.typeCode).toBe('民初');
    expect(c.number).toBe(12345);
    expect(c.flags).toContain('legacy');
  });

  test('legacy numbers with a tribunal numeral, a high court 豫法, enforcement and the Supreme Court form', () => {
    const a = ok('（2014）豫法民二终字第5号');
    expect(a.typeCode).toBe('民终');
    expect(a.court).toMatchObject({ code: '豫法', level: '高级', province: '河南' });
    expect(ok('（2015）宛执字第88号').typeCode).toBe('执');
    expect(ok('（2015）宛执恢字第8号').typeCode).toBe('执恢');
    const spc = ok('（2015）民提字第1号');
    expect(spc.typeCode).toBe('民提');
    expect(spc.type.instance).toBe('再审');
    expect(spc.court.code).toBe('');
  });

  test('full- and half-width brackets are standard; 〔〕 and 【】 are accepted and flagged', () => {
    expect(ok('（2023）豫1322民初1号').flags).toEqual([]);
    expect(ok('(2023)豫1322民初1号').flags).toEqual(['half-width-brackets']);
    const a = ok('〔2023〕豫1322民初1号');
    expect(a.flags).toContain('nonstandard-brackets');
    expect(a.normalized).toBe('（2023）豫1322民初1号');
    expect(ok('【2023】豫1322民初1号').flags).toContain('nonstandard-brackets');
    expect(ok('（2023)豫1322民初1号').flags).toContain('mismatched-brackets');
  });

  test('full-width digits and spaces are normalised and flagged', () => {
    const c = ok('（２０２３）豫１３２２民初 １２号');
    expect(c.year).toBe(2023);
    expect(c.court.code).toBe('豫1322');
    expect(c.number).toBe(12);
    expect(c.flags).toEqual(expect.arrayContaining(['full-width-digits', 'spaces']));
    expect(ok('  （2023）豫1322民初12号 ').flags).toEqual([]);
  });

  test('a number without 号 parses, flagged', () => {
    expect(ok('（2023）豫1322民初12').flags).toContain('missing-hao');
  });
});

describe('parseCaseNumber — every type code listed in docs/domain/casenumbers.md', () => {
  // copied from the document, not from the data, so a code missing from the whitelist fails here
  const listed = `刑辖 民辖 民辖终 民辖监 行辖 行辖终 赔辖 赔辖终
    刑初 刑终 刑监 刑申 刑抗 刑再 刑没 刑核 刑医 刑医解 刑医复 刑医监 刑止 刑止调 刑止核 刑更 刑更监 刑更备 刑他
    民初 民终 民监 民申 民抗 民再 民撤 民特 民特监 民催 民督 民督监 民破 民算 民他
    行初 行终 行监 行申 行抗 行再 行审 行审复 行他
    行赔初 行赔终 行赔监 行赔申 行赔抗 行赔再 法赔 委赔 委赔监 委赔提 委赔再 赔他
    司救刑 司救民 司救行 司救赔 司救执 司救访 司救他
    认台 认港 认澳 认复 认他 请台送 请港送 请澳送 台请送 港请送 澳请送 请台调 请港调 请澳调 台请调 港请调
    澳请调 请移管 助移管 请移赃 助移赃 协外认 协他 协外送 请外送 协外调 请外调 请外移 协外移 请外引 协外引
    司惩 司惩复 财保 行保 行保复 证保 执 执恢 执保 执异 执复 执监 执协 执他
    清申 破申 清终 破终 清监 破监 强清 破
    诉前调确 诉前调书 诉前调 民诉前调 民先调 引调`
    .split(/\s+/)
    .filter(Boolean);

  test.each(listed)('%s is recognised as itself at a basic, an intermediate and the Supreme Court', (code) => {
    expect(ok(`（2023）豫1322${code}15号`).typeCode).toBe(code);
    expect(ok(`（2023）豫13${code}15号`).typeCode).toBe(code);
    expect(ok(`（2023）最高法${code}15号`).typeCode).toBe(code);
  });

  test('the new-style table holds exactly the listed codes; the old-style ones are read only before 字第', () => {
    const modern = CASE_TYPES.filter((d) => d.status !== 'legacy').map((d) => d.code);
    expect(new Set(modern)).toEqual(new Set(listed));
    expect(modern.length).toBe(new Set(modern).size);
  });
});

describe('parseCaseNumber — family, instance and the scope rules', () => {
  test.each([
    ['（2023）豫1322刑初1号', '刑', '一审'],
    ['（2023）豫13刑终1号', '刑', '二审'],
    ['（2023）豫1322民初1号', '民', '一审'],
    ['（2023）豫13民终1号', '民', '二审'],
    ['（2023）豫13民再1号', '民', '再审'],
    ['（2023）豫13民申1号', '民', '再审审查'],
    ['（2023）豫1322行初1号', '行', '一审'],
    ['（2023）豫13行赔初1号', '赔', '一审'],
    ['（2023）豫1322执1号', '执', '执行'],
    ['（2023）豫1322执异1号', '执', '执行审查'],
    ['（2023）豫1322民特1号', '民', '特别程序'],
    ['（2023）豫1322诉前调确1号', '民', '诉前'],
    ['（2023）豫1322财保1号', '保', '审查'],
    ['（2023）豫1322民辖1号', '辖', '审查'],
  ])('%s is family %s, instance %s', (text, family, instance) => {
    const c = ok(text);
    expect(c.type.family).toBe(family);
    expect(c.type.instance).toBe(instance);
  });

  // note 3: 司法确认 (诉前调确, old 调确), 出具调解书 (诉前调书), 执恢, 执保; pre-suit mediation is no 立案 case at all
  const NOT_COUNTED = ['执保', '执恢', '诉前调书', '诉前调确', '诉前调', '民诉前调', '民先调', '引调', '调确'];

  test('诉前调确, 诉前调书, 执恢, 执保 and the pre-suit mediation codes are excluded from 受理/结案 counts, nothing else is', () => {
    const excluded = CASE_TYPES.filter((d) => d.excludedFromCounts).map((d) => d.code).sort();
    expect(excluded).toEqual([...NOT_COUNTED].sort());
  });

  test('every enforcement type and the pre-suit types are excluded from average days; trials are not', () => {
    for (const d of CASE_TYPES) {
      const expected = d.family === '执' || (NOT_COUNTED.includes(d.code) && d.code !== '执恢' && d.code !== '执保');
      expect([d.code, !!d.excludedFromAverageDays]).toEqual([d.code, expected]);
    }
  });
});

describe('parseCaseNumber — malformed numbers give a Chinese reason', () => {
  test.each([
    ['', '案号为空'],
    ['   ', '案号为空'],
    ['2023豫1322民初1号', '缺少括号'],
    ['豫1322民初1号', '开头'],
    ['（23）豫1322民初1号', '4位数字'],
    ['（2023豫1322民初1号', '右括号'],
    ['（1890）豫1322民初1号', '不合理'],
    ['（2023）', '缺少法院代字'],
    ['（2023）X1322民初1号', '无法识别法院代字'],
    ['（2023）豫132民初1号', '此处为3位'],
    ['（2023）豫132234民初1号', '此处为6位'],
    ['（2023）豫1322民X1号', '无法识别类型代字「民X」'],
    ['（2023）豫1322号', '之后缺少类型代字'],
    ['（2023）豫1322民初号', '应为案件编号'],
    ['（2023）豫1322民初12号abc', '多余内容「abc」'],
    ['（2023）豫1322民初12号之', '之一、之二'],
    ['（2023）豫1322民初12号之甲', '之一、之二'],
    ['（2023）豫1322民初18776-18775号', '终止编号应大于起始编号'],
    ['（2023）豫1322民初0号', '不能为0'],
    ['（2015）朝民初字第0号', '不能为0'],
    ['（2015）朝甲乙字第1号', '无法区分旧式案号「朝甲乙」中的法院简称与类型代字'],
    ['（2015）朝民初字第号', '「字第」之后应为案件编号'],
  ])('%j is refused: …%s…', (text, fragment) => {
    expect(reason(text)).toContain(fragment);
  });

  test('a non-text input is read as text', () => {
    expect(reason(12345)).toContain('缺少括号');
    expect(reason(null)).toBe('案号为空');
  });
});

test('parseChineseNumber reads 一 … 九十九 and digits', () => {
  expect(parseChineseNumber('十')).toBe(10);
  expect(parseChineseNumber('十五')).toBe(15);
  expect(parseChineseNumber('三十')).toBe(30);
  expect(parseChineseNumber('九十九')).toBe(99);
  expect(parseChineseNumber('12')).toBe(12);
  expect(parseChineseNumber('十十')).toBeNaN();
  expect(parseChineseNumber('')).toBeNaN();
});
