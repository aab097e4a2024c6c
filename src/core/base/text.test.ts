import { caseHeaderKey, cellText, isPlainText, dropBracketedUnits, dropNamePunctuation, dropNamespace, dropSpaces, excerpt, foldTraditional, foldWidth, headerMatchKey, labelKey, nameKey, numberText, splitTrailingBracket, unifyMinus } from './text';

describe('the text rules, one at a time', () => {
  test('an excerpt keeps at most 20 characters (whole characters, not UTF-16 halves) and says it was cut', () => {
    expect(excerpt('短文本')).toBe('短文本');
    expect(excerpt('一'.repeat(100_000))).toBe('一'.repeat(20) + '…');
    expect(excerpt('𠀀'.repeat(30), 3)).toBe('𠀀𠀀𠀀…');
  });
  test('width folding turns full-width digits, brackets and percent signs into plain ones', () => {
    expect(foldWidth('（件）９２．５％')).toBe('(件)92.5%');
  });
  test('the ideographic space is a space after width folding, and spaces are dropped', () => {
    expect(dropSpaces(foldWidth('合\u3000计 ')).length).toBe(2);
  });
  test('every minus sign Office or an input method types becomes "-"', () => {
    expect(unifyMinus('\u2212 \uFE63 \uFF0D')).toBe('- - -');
  });
  test('name punctuation goes: separators, dashes, quotes, title marks, brackets, dots, slashes', () => {
    expect(dropNamePunctuation('改判、发回重审“率”《案》(民事)·一/二:三.四')).toBe('改判发回重审率案民事一二三四');
  });
  test('a bracketed unit at any place goes, other brackets stay', () => {
    expect(dropBracketedUnits('结案率(%)')).toBe('结案率');
    expect(dropBracketedUnits('审理天数(天)(民事)')).toBe('审理天数(民事)');
  });
  test('the ZX namespace goes, with or without "="', () => {
    expect(dropNamespace('=ZX.FWXS_RATE')).toBe('FWXS_RATE');
    expect(dropNamespace('zx.fwxs_rate')).toBe('fwxs_rate');
  });
  test('a trailing bracket splits off, an empty one leaves no unit', () => {
    expect(splitTrailingBracket('立案日期（年月日）')).toEqual({ text: '立案日期', bracket: '年月日' });
    expect(splitTrailingBracket('标的额()')).toEqual({ text: '标的额', bracket: null });
    expect(splitTrailingBracket('案号')).toEqual({ text: '案号', bracket: null });
  });
});

describe('the keys built from the rules', () => {
  test('cellText: a cell as the vocabulary reads it, errors as their code, blanks empty', () => {
    expect(cellText(' 合　计 ')).toBe('合计');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(null)).toBe('');
    expect(cellText(12)).toBe('12');
  });
  test('numberText: one minus sign, half-width, no spaces', () => {
    expect(numberText('－９２．５ ％')).toBe('-92.5%');
  });
  test('nameKey: one key for an id in any case and a name in any punctuation', () => {
    expect(nameKey('ZX.fwxs_rate')).toBe(nameKey('FWXS_RATE'));
    expect(nameKey('改判、发回重审率')).toBe(nameKey('改判发回重审率'));
  });
  test('headerMatchKey: spaces, units and punctuation do not tell two spellings apart', () => {
    expect(headerMatchKey('结 案 率（%）')).toBe(headerMatchKey('结案率'));
    expect(headerMatchKey('申请再审、申诉受理数')).toBe('申请再审申诉受理数');
  });
  test('caseHeaderKey: the asterisk of a required column goes, the unit is kept apart', () => {
    expect(caseHeaderKey('*标的额（万元）')).toEqual({ key: '标的额', unit: '万元' });
  });
});

describe('traditional characters fold for matching', () => {
  test('the spellings of Hong Kong and Macao tables read as the mainland ones', () => {
    expect(foldTraditional('結案數目')).toBe('结案数目');
    expect(foldTraditional('合計')).toBe('合计');
    expect(foldTraditional('承上月轉入')).toBe('承上月转入');
  });
  test('simplified text is left as it is', () => {
    expect(foldTraditional('延吉法院一审服判息诉率')).toBe('延吉法院一审服判息诉率');
  });
  test('a catalogue name written in traditional characters is the same key', () => {
    expect(nameKey('一審服判息訴率')).toBe(nameKey('一审服判息诉率'));
    expect(headerMatchKey('結案數（件）')).toBe(headerMatchKey('结案数'));
  });
  test('labelKey folds a label for the vocabulary; the label itself is shown as written elsewhere', () => {
    expect(labelKey(' 總 計 ')).toBe('总计');
  });
});

describe('plain texts skip the folds, and lose nothing by it', () => {
  test('every character of the plain ranges is one the folds keep: no width form, no space, no minus sign', () => {
    const plain: string[] = [];
    for (let ch = 0x21; ch < 0x7f; ch++) plain.push(String.fromCharCode(ch));
    for (let ch = 0x4e00; ch <= 0x9fff; ch++) plain.push(String.fromCharCode(ch));
    for (const c of plain) {
      expect(isPlainText(c)).toBe(true);
      expect(dropSpaces(unifyMinus(foldWidth(c)))).toBe(c);
    }
  });
  test('a text with a full-width form, a space or an other minus sign is not plain, and is folded as before', () => {
    for (const t of ['９２', '合 计', '合\u3000计', '\u22125', '（件）', '院别\t']) {
      expect(isPlainText(t)).toBe(false);
      expect(cellText(t)).toBe(dropSpaces(foldWidth(t)));
    }
    expect(numberText('\u22125')).toBe('-5');
  });
  test('a label with no traditional character comes back as the same string', () => {
    const label = '第100000人民法院';
    expect(foldTraditional(label)).toBe(label);
  });
});
