import { RuleTester } from '@xxgk-lint/core/testing';
import { regulationAuthority } from '../src/rules/regulation-authority.js';
import { locate, locateIn, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const titled = (body: string, regulation: (string | number)[]) => report({ title: [`${body}2023年政府信息公开工作年度报告`], table2: { regulation } });

tester.run('national/regulation-authority', regulationAuthority, {
  valid: [
    { name: '镇：规章为 0', code: report() },
    { name: '镇：规章写“/”', code: report({ table2: { regulation: ['/', '/', '/'] } }) },
    { name: '设区的市政府（淮安市 2024 年报告：1、0、11）', code: titled('淮安市人民政府', [1, 0, 11]) },
    { name: '“某某市人民政府”可能是县级市：不判断', code: titled('卫辉市人民政府', [0, 0, 2]) },
    { name: '国务院部门可以制定部门规章', code: titled('国家统计局', [1, 0, 5]) },
    { name: '选项说明本机关有规章制定权', code: titled('平安县人民政府', [0, 0, 3]), options: { authority: 'yes' } },
  ],
  invalid: [
    (() => {
      const code = report({ table2: { regulation: [1, 0, 3] } });
      return {
        name: '镇',
        code,
        errors: [
          {
            messageId: 'nonZero',
            message: '乡镇（街道）没有制定规章的权限（规章只由国务院部门和省级、设区的市级人民政府制定），表二“规章”行却填了 1、0、3：本机关没有规章的请填 0。',
            ...locate(code, '1\t0\t3'),
          },
        ],
      };
    })(),
    (() => {
      const code = titled('平安县人民政府', [0, 0, 2]);
      return { name: '县政府：只有现行有效件数', code, errors: [{ message: /^县级人民政府没有制定规章的权限/, ...locateIn(code, '规章\t0\t0\t2', '2') }] };
    })(),
    (() => {
      const code = titled('平安县教育局', [0, 1, 0]);
      return { name: '县部门', code, errors: [{ message: /^部门没有制定规章的权限/, ...locateIn(code, '规章\t0\t1\t0', '1') }] };
    })(),
    (() => {
      const code = titled('淮安市人民政府', [0, 0, 2]);
      return { name: '选项说明本机关没有规章制定权', code, options: { authority: 'no' }, errors: [{ message: /^本机关没有制定规章的权限/, ...locateIn(code, '规章\t0\t0\t2', '2') }] };
    })(),
  ],
});
