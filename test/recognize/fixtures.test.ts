/**
 * Every fixture (test/fixtures/*.xlsx, built by build-fixtures.ts from the seeds' tables) recognised fully,
 * read through readWorkbook as the command line reads it: each table's range, kind, header rows, unit
 * column, meta (title / unit / period / notes), every column (header path, role, field or indicator, level,
 * period, value kind), every row (role, label, level, indicator) and the number of target cells.
 *
 * Signatures: column `LETTER header›path | role field-or-indicator[ @level] period valueKind`,
 * row `ROW role label level[ indicator]` (`-` for none).
 */
import { columnLetter } from '../../src/core/base/grid';
import { recognizeGrid } from '../../src/core/recognize';
import type { RecognizedTable, RecognizedTarget, TableMeta } from '../../src/core/recognize/types';
import { parseTarget } from '../../src/core/targets';
import { T3_INDICATORS, T3_LEVELS, T4_TARGETS } from '../fixtures/seed-tables';
import { columnSignature, loadFixture, rowSignature } from './helpers';

const byCell = (a: RecognizedTarget, b: RecognizedTarget) => a.row - b.row || a.column.localeCompare(b.column);

interface Expected {
  sheet: string;
  range: string;
  kind: RecognizedTable['kind'];
  headerRows: number[];
  unitColumn: string | null;
  meta: TableMeta;
  columns: string[];
  rows: string[];
  targets: number;
}

const EXPECTED: Record<string, Expected[]> = {
  'departments.xlsx': [
    {
      sheet: '部门', range: 'A3:H10', kind: 'unit-matrix', headerRows: [3], unitColumn: 'B',
      meta: { title: "2023年1-11月各部门收结案情况", unit: "件", period: "2023年1-11月", notes: [] },
      columns: [
        'A 序号 | serial - - count',
        'B 部门 | unit - - text',
        'C 旧存 | field 旧存数 - count',
        'D 新收 | field 新收数 - count',
        'E 结案 | field 结案数 - count',
        'F 结案率 | indicator JA_RATE - rate',
        'G 审理天数合计 | field 审理天数合计 - days',
        'H 平均审理天数(天) | indicator PJSL_DAYS - days',
      ],
      rows: [
        '4 unit 立案庭 部门',
        '5 unit 民一庭 部门',
        '6 unit 民二庭 部门',
        '7 unit 刑事审判庭 部门',
        '8 unit 行政审判庭 部门',
        '9 unit 执行局 部门',
        '10 total 合计 -',
      ],
      targets: 0,
    },
    {
      sheet: '部门', range: 'A14:F18', kind: 'unit-matrix', headerRows: [14], unitColumn: 'B',
      meta: { title: "民一庭法官收结案情况", unit: null, period: null, notes: [] },
      columns: [
        'A 序号 | serial - - count',
        'B 承办法官 | unit - - text',
        'C 旧存 | field 旧存数 - count',
        'D 新收 | field 新收数 - count',
        'E 结案 | field 结案数 - count',
        'F 结案率 | indicator JA_RATE - rate',
      ],
      rows: [
        '15 unit 王建国 法官',
        '16 unit 李娜 法官',
        '17 unit 欧阳明华 法官',
        '18 unit 张伟 法官',
      ],
      targets: 0,
    },
  ],
  'multi-table.xlsx': [
    {
      sheet: '汇总', range: 'B2:E7', kind: 'unit-matrix', headerRows: [2], unitColumn: 'B',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'B 院别 | unit - - text',
        'C 收案数 | field 新收数 - count',
        'D 结案数 | field 结案数 - count',
        'E 结收比 | indicator JSB_RATIO - ratio',
      ],
      rows: [
        '3 unit 延边中院 中院',
        '4 unit 延吉法院 基层',
        '5 unit 图们法院 基层',
        '6 unit 敦化法院 基层',
        '7 total 合计 全市',
      ],
      targets: 0,
    },
    {
      sheet: '汇总', range: 'G2:K7', kind: 'unit-matrix', headerRows: [2], unitColumn: 'G',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'G 执行法院 | unit - - text',
        'H 旧存 | field 旧存数 - count',
        'I 新收 | field 新收数 - count',
        'J 已结 | field 结案数 - count',
        'K 执结率 | indicator ZJ_RATE - rate',
      ],
      rows: [
        '3 unit 延边中院 中院',
        '4 unit 延吉法院 基层',
        '5 unit 图们法院 基层',
        '6 unit 敦化法院 基层',
        '7 total 合计 全市',
      ],
      targets: 0,
    },
    {
      sheet: '汇总', range: 'B11:E14', kind: 'unit-matrix', headerRows: [11], unitColumn: 'B',
      meta: { title: "各庭室审限内结案情况", unit: null, period: null, notes: ["注：审限内结案数不含延长审限案件。"] },
      columns: [
        'B 庭室 | unit - - text',
        'C 结案数 | field 结案数 - count',
        'D 审限内结案数 | field 审限内结案数 - count',
        'E 法定审限内结案率 | indicator SXNJA_RATE - rate',
      ],
      rows: [
        '12 unit 民一庭 部门',
        '13 unit 民二庭 部门',
        '14 unit 刑事审判庭 部门',
      ],
      targets: 0,
    },
    {
      sheet: '偏移', range: 'C4:F7', kind: 'unit-matrix', headerRows: [4], unitColumn: 'C',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'C 单位 | unit - - text',
        'D 一审结案数 | field 一审结案数 - count',
        'E 二审收案数 | field 二审收案数 - count',
        'F 一审服判息诉率 | indicator FWXS_RATE - rate',
      ],
      rows: [
        '5 unit 延吉法院 基层',
        '6 unit 图们法院 基层',
        '7 unit 敦化法院 基层',
      ],
      targets: 0,
    },
  ],
  'score.xlsx': [
    {
      sheet: '评分', range: 'A2:K6', kind: 'score', headerRows: [2], unitColumn: 'B',
      meta: { title: "2019年“审判执行质量年”活动诉讼案件考核得分", unit: null, period: "2019年", notes: [] },
      columns: [
        'A 序号 | serial - - count',
        'B 院别 | unit - - text',
        'C 发改指总量(40分) | score 发改指总量 - score',
        'D 一审上诉案件被改判、发回重审率(12分) | score GPFH_RATE - score',
        'E 一审服判息诉率(6分) | score FWXS_RATE - score',
        'F 生效案件再审被改判、发回重审率(12分) | score SXGF_RATE - score',
        'G 生效案件申请再审、申诉率(6分) | score SQZS_RATE - score',
        'H 申请再审、申诉案件再审率(12分) | score ZSL_RATE - score',
        'I 综合评价(12分) | score - - score',
        'J 总分 | score - - score',
        'K 排名 | rank - - rank',
      ],
      rows: [
        '3 unit 延边中院 中院',
        '4 unit 延吉法院 基层',
        '5 unit 图们法院 基层',
        '6 unit 敦化法院 基层',
      ],
      targets: 0,
    },
  ],
  't1-control-target-blank.xlsx': [
    {
      sheet: '附件2', range: 'A4:J15', kind: 'control-target', headerRows: [4,5], unitColumn: 'B',
      meta: { title: "“审判执行质量年”发改指控制目标统计表", unit: "件", period: null, notes: ["注：2019目标 = −CEILING(2018年合计 × 10%)，2019年发改上限 = 2018年合计 + 2019目标。"] },
      columns: [
        'A 序号 | serial - - count',
        'B 院别 | unit - - text',
        'C 二审›被改判 | field 二审改判数 - count',
        'D 二审›被发回 | field 二审发回数 - count',
        'E 再审›被改判 | field 再审改判数 - count',
        'F 再审›被发回 | field 再审发回数 - count',
        'G 指令再审 | field 指令再审数 - count',
        'H 2018年合计 | field 发改指总量 2018年 count',
        'I 2019目标 | target - 2019年 count',
        'J 2019年发改上限 | target - 2019年 count',
      ],
      rows: [
        '6 unit 延边中院 中院',
        '7 unit 延吉法院 基层',
        '8 unit 图们法院 基层',
        '9 unit 敦化法院 基层',
        '10 unit 龙井法院 基层',
        '11 unit 珲春法院 基层',
        '12 unit 和龙法院 基层',
        '13 unit 汪清法院 基层',
        '14 unit 安图法院 基层',
        '15 total 总计 全市',
      ],
      targets: 0,
    },
  ],
  't1-control-target.xlsx': [
    {
      sheet: '附件2', range: 'A4:J15', kind: 'control-target', headerRows: [4,5], unitColumn: 'B',
      meta: { title: "“审判执行质量年”发改指控制目标统计表", unit: "件", period: null, notes: ["注：2019目标 = −CEILING(2018年合计 × 10%)，2019年发改上限 = 2018年合计 + 2019目标。"] },
      columns: [
        'A 序号 | serial - - count',
        'B 院别 | unit - - text',
        'C 二审›被改判 | field 二审改判数 - count',
        'D 二审›被发回 | field 二审发回数 - count',
        'E 再审›被改判 | field 再审改判数 - count',
        'F 再审›被发回 | field 再审发回数 - count',
        'G 指令再审 | field 指令再审数 - count',
        'H 2018年合计 | field 发改指总量 2018年 count',
        'I 2019目标 | target - 2019年 count',
        'J 2019年发改上限 | target - 2019年 count',
      ],
      rows: [
        '6 unit 延边中院 中院',
        '7 unit 延吉法院 基层',
        '8 unit 图们法院 基层',
        '9 unit 敦化法院 基层',
        '10 unit 龙井法院 基层',
        '11 unit 珲春法院 基层',
        '12 unit 和龙法院 基层',
        '13 unit 汪清法院 基层',
        '14 unit 安图法院 基层',
        '15 total 总计 全市',
      ],
      targets: 0,
    },
  ],
  't2-base-data.xlsx': [
    {
      sheet: '附件3', range: 'A3:H13', kind: 'unit-matrix', headerRows: [3], unitColumn: 'B',
      meta: { title: "“审判执行质量年”活动考核办法基础数据", unit: null, period: null, notes: [] },
      columns: [
        'A 序号 | serial - - count',
        'B 院别 | unit - - text',
        'C 指令再审 | field 指令再审数 - count',
        'D 决定再审 | field 决定再审数 - count',
        'E 提级再审 | field 提级再审数 - count',
        'F 二审立案数 | field 二审收案数 - count',
        'G 申请再审、申诉受理数 | field 申请再审申诉数 - count',
        'H 申请再审、申诉案件结案数 | field 申请再审申诉结案数 - count',
      ],
      rows: [
        '4 unit 延边中院 中院',
        '5 unit 延吉法院 基层',
        '6 unit 图们法院 基层',
        '7 unit 敦化法院 基层',
        '8 unit 龙井法院 基层',
        '9 unit 珲春法院 基层',
        '10 unit 和龙法院 基层',
        '11 unit 汪清法院 基层',
        '12 unit 安图法院 基层',
        '13 total 总计 全市',
      ],
      targets: 0,
    },
  ],
  't2-variant.xlsx': [
    {
      sheet: '基础数据', range: 'A4:H15', kind: 'unit-matrix', headerRows: [4], unitColumn: 'B',
      meta: { title: "“审判执行质量年”活动考核办法基础数据", unit: "件", period: "2018年1-12月", notes: ["数据来源：数据集中管理平台"] },
      columns: [
        'A 序号 | serial - - count',
        'B 院别 | unit - - text',
        'C 指令再审 | field 指令再审数 - count',
        'D 决定再审 | field 决定再审数 - count',
        'E 提级再审 | field 提级再审数 - count',
        'F 二审立案数 | field 二审收案数 - count',
        'G 申请再审、申诉受理数 | field 申请再审申诉数 - count',
        'H 申请再审、申诉案件结案数 | field 申请再审申诉结案数 - count',
      ],
      rows: [
        '5 total 合计 全市',
        '6 unit 延边中院 中院',
        '7 unit 延吉法院 基层',
        '8 unit 图们法院 基层',
        '9 unit 敦化法院 基层',
        '10 unit 龙井法院 基层',
        '12 unit 珲春法院 基层',
        '13 unit 和龙法院 基层',
        '14 unit 汪清法院 基层',
        '15 unit 安图法院 基层',
      ],
      targets: 0,
    },
  ],
  't3-targets-transposed.xlsx': [
    {
      sheet: '质效目标', range: 'A2:E22', kind: 'target-matrix', headerRows: [2], unitColumn: 'B',
      meta: { title: "2021年“案件质量提升年活动”审判执行质效目标", unit: null, period: "2021年", notes: ["注：“-”表示该层级不考核此项指标。"] },
      columns: [
        'A 序号 | serial - - count',
        'B 指标名称 | unit - - text',
        'C 中院 | target - @中院 - target',
        'D 基层法院 | target - @基层 - target',
        'E 全市法院 | target - @全市 - target',
      ],
      rows: [
        '3 unit 一审服判息诉率 - FWXS_RATE',
        '4 unit 再审审查率 - ZSSC_RATE',
        '5 unit 一审案件改判、发回重审率 - GPFH_RATE',
        '6 unit 法定审限内结案率 - SXNJA_RATE',
        '7 unit 收结案数均衡度 - SJJH_RATIO',
        '8 unit 裁判自动履行率 - ZDLX_RATE',
        '9 unit 生效案件改判、发回重审率 - SXGF_RATE',
        '10 unit 一审案件裁判变更率 - CPBG_RATE',
        '11 unit 进入再审率 - JRZS_RATE',
        '12 unit 民事案件调解率 - TJ_RATE',
        '13 unit 撤诉率 - CS_RATE',
        '14 unit 平均审理天数 - PJSL_DAYS',
        '15 unit 法定审限内未结案比 - SXNWJ_RATE',
        '16 unit 上诉案件及时移转率 - SSYS_RATE',
        '17 unit 简易程序适用率 - JYCX_RATE',
        '18 unit 小额诉讼适用率 - XESS_RATE',
        '19 unit 终本合格率 - ZBHG_RATE',
        '20 unit 法定期限内执结率 - YCCZJ_RATE',
        '21 unit 恢复案件实际执行到位率 - DWL_RATE',
        '22 unit 结案率 - JA_RATE',
      ],
      targets: 60,
    },
  ],
  't3-targets.xlsx': [
    {
      sheet: '质效目标', range: 'A2:U7', kind: 'target-matrix', headerRows: [2,3,4], unitColumn: 'A',
      meta: { title: "2021年“案件质量提升年活动”审判执行质效目标", unit: null, period: "2021年", notes: [] },
      columns: [
        'A 考核单位 | unit - - text',
        'B 诉讼案件›考核指标›一审服判息诉率 | target FWXS_RATE - target',
        'C 诉讼案件›考核指标›再审审查率 | target ZSSC_RATE - target',
        'D 诉讼案件›考核指标›一审案件改判、发回重审率 | target GPFH_RATE - target',
        'E 诉讼案件›考核指标›法定审限内结案率 | target SXNJA_RATE - target',
        'F 诉讼案件›考核指标›收结案数均衡度 | target SJJH_RATIO - target',
        'G 诉讼案件›考核指标›裁判自动履行率 | target ZDLX_RATE - target',
        'H 诉讼案件›分析指标›生效案件改判、发回重审率 | target SXGF_RATE - target',
        'I 诉讼案件›分析指标›一审案件裁判变更率 | target CPBG_RATE - target',
        'J 诉讼案件›分析指标›进入再审率 | target JRZS_RATE - target',
        'K 诉讼案件›分析指标›民事案件调解率 | target TJ_RATE - target',
        'L 诉讼案件›分析指标›撤诉率 | target CS_RATE - target',
        'M 诉讼案件›分析指标›平均审理天数 | target PJSL_DAYS - target',
        'N 诉讼案件›分析指标›法定审限内未结案比 | target SXNWJ_RATE - target',
        'O 诉讼案件›分析指标›上诉案件及时移转率 | target SSYS_RATE - target',
        'P 诉讼案件›分析指标›简易程序适用率 | target JYCX_RATE - target',
        'Q 诉讼案件›分析指标›小额诉讼适用率 | target XESS_RATE - target',
        'R 执行案件›终本合格率 | target ZBHG_RATE - target',
        'S 执行案件›法定期限内执结率 | target YCCZJ_RATE - target',
        'T 执行案件›恢复案件实际执行到位率 | target DWL_RATE - target',
        'U 执行案件›结案率 | target ZJ_RATE - target',
      ],
      rows: [
        '5 unit 中院 中院',
        '6 unit 基层法院 基层',
        '7 total 全市法院 全市',
      ],
      targets: 60,
    },
  ],
  't4-indicator-list.xlsx': [
    {
      sheet: '指标清单', range: 'A3:G30', kind: 'indicator-list', headerRows: [3], unitColumn: 'B',
      meta: { title: "方城县人民法院2023年审判质效主要指标", unit: null, period: "2023年1-11月", notes: ["注：目标值摘自《2023年审判质效提升工作方案》。"] },
      columns: [
        'A 序号 | serial - - count',
        'B 指标名称 | unit - - text',
        'C 目标值 | target - - target',
        'D 实际值 | indicator - - rate',
        'E 差距 | gap - - ratio',
        'F 是否达标 | unknown MEETS - text',
        'G 排名 | rank - - rank',
      ],
      rows: [
        '4 unit 诉前调解分流率 - SQFL_RATE',
        '5 unit 诉前调解成功率 - SQTJ_RATE',
        '6 unit 诉讼结案率 - JA_RATE',
        '7 unit 执行结案率 - ZJ_RATE',
        '8 unit 法定审限内结案率 - SXNJA_RATE',
        '9 unit 法定审限内未结比 - SXNWJ_RATE',
        '10 unit 平均审理天数 - PJSL_DAYS',
        '11 unit 上诉案件及时移转率 - SSYS_RATE',
        '12 unit 简易程序适用率 - JYCX_RATE',
        '13 unit 小额程序适用率 - XESS_RATE',
        '14 unit 结收比 - JSB_RATIO',
        '15 unit 一审服判息诉率 - FWXS_RATE',
        '16 unit 生效案件服判息诉率 - SXFWXS_RATE',
        '17 unit 进入中院再审率 - JRZS_RATE',
        '18 unit 一审改判发回重审率 - GPFH_RATE',
        '19 unit 一审裁判变更率 - CPBG_RATE',
        '20 unit 民事调撤率 - TC_RATE',
        '21 unit 自动履行率 - ZDLX_RATE',
        '22 unit 执行平均时长 - ZXYS_DAYS',
        '23 unit 终本合格率 - ZBHG_RATE',
        '24 unit 涉企实际执行到位率 - DWL_RATE',
        '25 unit 网上缴费率 - GK_RATE',
        '26 unit 电子送达率 - GK_RATE',
        '27 unit 庭审直播率 - GK_RATE',
        '28 unit 电子卷宗合格率 - GK_RATE',
        '29 unit 网拍成交率 - GK_RATE',
        '30 unit 网络查控发起率 - GK_RATE',
      ],
      targets: 27,
    },
  ],
  'unit-matrix.xlsx': [
    {
      sheet: '收结案', range: 'A4:H11', kind: 'unit-matrix', headerRows: [4], unitColumn: 'B',
      meta: { title: "2023年1-11月全市法院收结案情况", unit: "件", period: "2023年1-11月", notes: ["注：结案率 = 已结 ÷（旧存 + 新收）。", "数据来源：审判流程管理系统"] },
      columns: [
        'A 序号 | serial - - count',
        'B 院别 | unit - - text',
        'C 旧存 | field 旧存数 - count',
        'D 新收 | field 新收数 - count',
        'E 受理 | field 受理数 - count',
        'F 已结 | field 结案数 - count',
        'G 未结 | field 未结数 - count',
        'H 结案率 | indicator JA_RATE - rate',
      ],
      rows: [
        '5 unit 焦作市中级人民法院 中院',
        '6 unit 解放区人民法院 基层',
        '7 unit 山阳区人民法院 基层',
        '8 unit 修武县人民法院 基层',
        '9 unit 博爱县人民法院 基层',
        '10 unit 温县人民法院 基层',
        '11 total 合计 全市',
      ],
      targets: 0,
    },
  ],
  'yoy.xlsx': [
    {
      sheet: '同比', range: 'A3:J10', kind: 'yoy', headerRows: [3,4], unitColumn: 'A',
      meta: { title: "2023年1-11月审判执行主要指标同比情况", unit: "件、%", period: "2023年1-11月", notes: [] },
      columns: [
        'A 院别 | unit - - text',
        'B 收案数›本期 | field 新收数 本期 count',
        'C 收案数›上年同期 | field 新收数 上年同期 count',
        'D 收案数›同比 | field 新收数 同比 rate',
        'E 结案数›本期 | field 结案数 本期 count',
        'F 结案数›上年同期 | field 结案数 上年同期 count',
        'G 结案数›同比 | field 结案数 同比 rate',
        'H 结案率›本期 | indicator JA_RATE 本期 rate',
        'I 结案率›上年同期 | indicator JA_RATE 上年同期 rate',
        'J 结案率›同比(百分点) | indicator JA_RATE 同比 ratio',
      ],
      rows: [
        '5 total 全市法院 全市',
        '6 unit 焦作中院 中院',
        '7 unit 解放区法院 基层',
        '8 unit 山阳区法院 基层',
        '9 unit 修武县法院 基层',
        '10 benchmark 全省平均 -',
      ],
      targets: 0,
    },
  ],
  // layouts of courts' monthly 通报 the seeds do not show (build-fixtures.ts courtLayouts)
  'court-layouts.xlsx': [
    {
      sheet: '执行', range: 'A3:J9', kind: 'unit-matrix', headerRows: [3, 4], unitColumn: 'B',
      meta: { title: "2024年1-6月首次执行案件情况", unit: "件", period: "2024年1-6月", notes: [] },
      columns: [
        'A 序号 | serial - - count',
        'B 单位 | unit - - text',
        'C 首执案件›旧存 | field 旧存数 - count',
        'D 首执案件›新收 | field 新收数 - count',
        'E 首执案件›已结 | field 结案数 - count',
        'F 首执案件›执行完毕 | field 执行完毕数 - count',
        'G 首执案件›终本 | field 终本数 - count',
        'I 执结率 | indicator ZJ_RATE - rate',
        'J 终本率 | indicator ZB_RATE - rate',
      ],
      rows: [
        '5 unit 焦作中院 中院',
        '6 unit 解放区法院 基层',
        '7 unit 山阳区法院 基层',
        '8 unit 修武县法院 基层',
        '9 total 合计 全市',
      ],
      targets: 0,
    },
    {
      sheet: '并排', range: 'A1:C5', kind: 'unit-matrix', headerRows: [1], unitColumn: 'A',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'A 院别 | unit - - text',
        'B 新收 | field 新收数 - count',
        'C 已结 | field 结案数 - count',
      ],
      rows: [
        '2 unit 焦作中院 中院',
        '3 unit 解放区法院 基层',
        '4 unit 山阳区法院 基层',
        '5 total 合计 全市',
      ],
      targets: 0,
    },
    {
      sheet: '并排', range: 'D1:G5', kind: 'unit-matrix', headerRows: [1], unitColumn: 'E',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'D 序号 | serial - - count',
        'E 部门 | unit - - text',
        'F 新收 | field 新收数 - count',
        'G 已结 | field 结案数 - count',
      ],
      rows: [
        '2 unit 立案庭 部门',
        '3 unit 民一庭 部门',
        '4 unit 执行局 部门',
        '5 total 合计 -',
      ],
      targets: 0,
    },
    {
      sheet: '法官', range: 'A1:F5', kind: 'unit-matrix', headerRows: [1], unitColumn: 'B',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'A 庭室 | unit - - text',
        'B 承办法官 | unit - - text',
        'C 收案数 | field 新收数 - count',
        'D 结案数 | field 结案数 - count',
        'E 结收比 | indicator JSB_RATIO - ratio',
        'F 排名 | rank - - rank',
      ],
      rows: [
        '2 unit 刘中华 法官',
        '3 unit 陈审 法官',
        '4 unit 司马相如 法官',
        '5 unit 李娜 法官',
      ],
      targets: 0,
    },
    {
      sheet: '同比', range: 'A1:G4', kind: 'yoy', headerRows: [1], unitColumn: 'A',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'A 院别 | unit - - text',
        'B 2023年结案数 | field 结案数 2023年 count',
        'C 2022年结案数 | field 结案数 2022年 count',
        'D 增减幅度 | field 结案数 同比 rate',
        'E 2023年结案率 | indicator JA_RATE 2023年 rate',
        'F 2022年结案率 | indicator JA_RATE 2022年 rate',
        'G 增减 | indicator JA_RATE 同比 rate',
      ],
      rows: [
        '2 unit 解放区法院 基层',
        '3 unit 山阳区法院 基层',
        '4 unit 修武县法院 基层',
      ],
      targets: 0,
    },
    {
      sheet: '文本', range: 'A1:D5', kind: 'unit-matrix', headerRows: [1], unitColumn: 'A',
      meta: { title: null, unit: null, period: null, notes: [] },
      columns: [
        'A 单位名称 | unit - - text',
        'B 受理案件数 | field 受理数 - count',
        'C 审结案件数 | field 结案数 - count',
        'D 结案率 | indicator JA_RATE - rate',
      ],
      rows: [
        '2 unit 城关人民法庭 部门',
        '3 unit 铁路运输法院 基层',
        '4 unit 高新区人民法院 基层',
        '5 total 合计 全市',
      ],
      targets: 0,
    },
    {
      sheet: '指标', range: 'A2:F7', kind: 'indicator-list', headerRows: [2], unitColumn: 'B',
      meta: { title: "2023年质效指标完成情况", unit: null, period: "2023年", notes: [] },
      columns: [
        'A 序号 | serial - - count',
        'B 指标名称 | unit - - text',
        'C 目标值 | target - - target',
        'D 实际值 | indicator - - rate',
        'E 差距 | gap - - rate',
        'F 是否达标 | unknown MEETS - text',
      ],
      rows: [
        '3 unit 结案率 - JA_RATE',
        '4 unit 平均审理天数 - PJSL_DAYS',
        '5 unit 一审服判息诉率 - FWXS_RATE',
        '6 unit 上诉案件及时移转率 - SSYS_RATE',
        '7 unit 民事调撤率 - TC_RATE',
      ],
      targets: 5,
    },
  ],
};

async function recognizeFixture(name: string): Promise<RecognizedTable[]> {
  return (await loadFixture(name)).flatMap((g) => recognizeGrid(g));
}

describe.each(Object.keys(EXPECTED))('fixture %s is recognised fully', (name) => {
  let tables: RecognizedTable[];
  beforeAll(async () => {
    tables = await recognizeFixture(name);
  });

  it('finds every table, with its range, kind, header rows and unit column', () => {
    expect(tables.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, headerRows: t.headerRows, unitColumn: t.unitColumn }))).toEqual(
      EXPECTED[name].map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, headerRows: t.headerRows, unitColumn: t.unitColumn })),
    );
  });

  it('reports the title, unit and period lines and the notes outside the table', () => {
    expect(tables.map((t) => t.meta)).toEqual(EXPECTED[name].map((t) => t.meta));
  });

  it('maps every column', () => {
    expect(tables.map((t) => t.columns.map(columnSignature))).toEqual(EXPECTED[name].map((t) => t.columns));
  });

  it('gives every body row its role, label and level', () => {
    expect(tables.map((t) => t.rows.map(rowSignature))).toEqual(EXPECTED[name].map((t) => t.rows));
  });

  it('lists the target cells', () => {
    expect(tables.map((t) => t.targets.length)).toEqual(EXPECTED[name].map((t) => t.targets));
  });
});

describe('the target cells carry the seeds’ target texts, parsed', () => {
  it('T3 with levels as rows: every indicator × level, at its cell', async () => {
    const [t] = await recognizeFixture('t3-targets.xlsx');
    const expected = T3_INDICATORS.flatMap((ind, i) =>
      T3_LEVELS.map((_, j) => {
        const p = parseTarget(ind.targets[j])!;
        return { row: 5 + j, column: columnLetter(1 + i), text: ind.targets[j], op: p.op, value: p.value, unit: p.unit };
      }),
    );
    expect([...t.targets].sort(byCell)).toEqual(expected.sort(byCell));
  });

  it('T3 transposed: every indicator × level, at its cell', async () => {
    const [t] = await recognizeFixture('t3-targets-transposed.xlsx');
    const expected = T3_INDICATORS.flatMap((ind, i) =>
      T3_LEVELS.map((_, j) => {
        const p = parseTarget(ind.targets[j])!;
        return { row: 3 + i, column: columnLetter(2 + j), text: ind.targets[j], op: p.op, value: p.value, unit: p.unit };
      }),
    );
    expect([...t.targets].sort(byCell)).toEqual(expected.sort(byCell));
  });

  it('T4 indicator list: the 目标值 of every indicator', async () => {
    const [t] = await recognizeFixture('t4-indicator-list.xlsx');
    const expected = T4_TARGETS.map(([, text], i) => {
      const p = parseTarget(text)!;
      return { row: 4 + i, column: 'C', text, op: p.op, value: p.value, unit: p.unit };
    });
    expect(t.targets).toEqual(expected);
  });
});
