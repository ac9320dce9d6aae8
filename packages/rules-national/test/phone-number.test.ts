import { RuleTester } from '@xxgk-lint/core/testing';
import { phoneNumber } from '../src/rules/phone-number.js';
import { FEE, OTHER, OVERVIEW, locate, report } from './helpers.js';

const tester = new RuleTester({ requirePositions: true });

const overview = (first: string) => report({ bodies: { 1: [first, ...OVERVIEW.slice(1)] } });
const message = (number: string, masked: string) =>
  `手机号码“${number}”出现在报告的联系方式之外：如果是个人号码，请去标识化（如 ${masked}）；如果是本机关公布的号码，请写进联系方式，或在配置的 settings.ownPhones 中登记。`;
const MOBILE_CONTACT = '如对本报告有疑问，请联系和顺镇党政办公室（地址：平安县和顺镇人民路8号，电话：13912345678）。';

tester.run('national/phone-number', phoneNumber, {
  valid: [
    { name: '固定电话', code: report() },
    { name: '联系方式中的手机号（前言）', code: report({ contact: MOBILE_CONTACT }) },
    {
      name: '联系方式中的手机号（文末）',
      code: report({ contact: null, signature: ['平安县和顺镇人民政府', '2024年1月20日', '如对本报告有疑问，请联系党政办公室，电话：13912345678。'] }),
    },
    { name: '联系方式中公布过的号码，正文再次出现', code: report({ contact: MOBILE_CONTACT, bodies: { 1: [OVERVIEW[0], '（一）主动公开。设立咨询电话13912345678，全年主动公开政府信息156条。', ...OVERVIEW.slice(2)] } }) },
    {
      name: '在 settings.ownPhones 中登记的号码',
      code: overview('2023年，和顺镇开通政务公开热线13912345678，及时回应群众关切。'),
      settings: { ownPhones: ['139-1234-5678'] },
    },
    { name: '正文中本机关的服务电话（“监督电话：”）', code: overview('2023年，和顺镇公布政务公开监督电话：13912345678，接受群众监督。') },
    {
      name: '表格里的数不检查',
      code: report({ markdown: true, bodies: { 6: [FEE, '| 事项 | 号码 |', '| --- | --- |', '| 编号 | 13812345678 |', ...OTHER] } }),
      filePath: 'x.md',
    },
    { name: '电子邮箱里的号码', code: overview('2023年，和顺镇开通意见箱 13812345678@163.com，及时回应群众关切。') },
    { name: '已去标识化的号码', code: overview('2023年，和顺镇为申请人张某（电话139****5678）提供了咨询服务。') },
    { name: '更长数字串中的 11 位', code: overview('2023年，和顺镇档案编号201391234567801已归档。') },
    // a crawler ran table cells together: 采购138项 + 金额26531001.5元, 行政许可 + 13826531001
    { name: '两个数连在一起，后面是小数', code: overview('2023年，和顺镇政府集中采购13826531001.5万元，扎实推进政府信息公开工作。') },
    { name: '两个数连在一起，前面是小数', code: overview('2023年，和顺镇收费金额0.13826531001，扎实推进政府信息公开工作。') },
    { name: '两个数连在一起，后面是单位', code: overview('2023年，和顺镇办理行政许可13826531001件，扎实推进政府信息公开工作。') },
    { name: '金额', code: overview('2023年，和顺镇电话费支出13826531001元，扎实推进政府信息公开工作。') },
    { name: '压平的表格里没有电话字样的 11 位数', code: overview('2023年，和顺镇行政许可13826531001行政处罚12行政强制0，扎实推进政府信息公开工作。') },
    {
      name: '电话字样离得远（上一句）',
      code: overview('2023年，和顺镇公布了咨询电话。全年行政许可13826531001，扎实推进政府信息公开工作。'),
    },
    { name: '一行用空格分开的数字，不是 3-4-4 的号码', code: overview('2023年，和顺镇各项数据为 7 138 2653 1001 5，扎实推进政府信息公开工作。') },
  ],
  invalid: [
    (() => {
      const code = overview('2023年，和顺镇为申请人张某（手机：13812345678）提供了咨询服务。');
      return { name: '“手机：”', code, errors: [{ message: message('13812345678', '138****5678'), ...locate(code, '13812345678') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇答复申请人张某（Tel:13812345678），扎实推进政府信息公开工作。');
      return { name: '“Tel:”', code, errors: [{ message: message('13812345678', '138****5678'), ...locate(code, '13812345678') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇为申请人张某（138 1234 5678）办结了申请。');
      return { name: '没有电话字样，但按号码分隔（空格）', code, errors: [{ message: message('138 1234 5678', '138****5678'), ...locate(code, '138 1234 5678') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇为申请人张某（138-1234-5678）办结了申请。');
      return { name: '没有电话字样，但按号码分隔（连字符）', code, errors: [{ message: message('138-1234-5678', '138****5678'), ...locate(code, '138-1234-5678') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇为申请人张某（电话13812345678）提供了咨询服务。');
      return { name: '正文中的个人手机号', code, errors: [{ messageId: 'found', message: message('13812345678', '138****5678'), ...locate(code, '13812345678') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇答复了申请人李某，联系人咨询电话13812345678。');
      return { name: '服务电话的说法，但同一分句里是个人', code, errors: [{ ...locate(code, '13812345678') }] };
    })(),
    (() => {
      const code = overview('2023年，和顺镇为申请人张某（电话138-1234-5678）提供了咨询服务。');
      return { name: '连字符分隔', code, errors: [{ message: message('138-1234-5678', '138****5678'), ...locate(code, '138-1234-5678') }] };
    })(),
    (() => {
      const code = report({
        contact: MOBILE_CONTACT,
        bodies: { 1: [OVERVIEW[0], '（一）主动公开。申请人李某（电话15012345678）的申请已办结。', ...OVERVIEW.slice(2)] },
      });
      return { name: '联系方式里有别的手机号，不影响这一个', code, errors: [{ ...locate(code, '15012345678') }] };
    })(),
  ],
});
