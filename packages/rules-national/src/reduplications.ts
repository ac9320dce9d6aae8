/**
 * Which doubled characters national/repeated-char reports.
 *
 * Only function characters (particles, prepositions, conjunctions, a few
 * adverbs): a content character doubles legitimately at a word boundary far
 * too often — 工作作风, 耕地地力, 管网网帖, 审计计划 and 人人, 紧紧, 村村 are all
 * in the corpus, none of them a slip. A function character doubles at a word
 * boundary only next to the few words listed with it, so "的的" is a slip
 * unless it is "目的的"/"的的确", "了了" unless "为了了解"/"不了了之", and so on.
 *
 * before: characters that end a word with this one ("目的" + "的…");
 * after: characters that start a word with this one ("…了" + "了解").
 */
export interface Neighbours {
  before: string;
  after: string;
}

const TABLE: Record<string, Neighbours> = {
  的: { before: '目标端有', after: '确士' },
  了: { before: '不为除罢免', after: '解结如然断却得' },
  在: { before: '存现实所正旨意志贵内外潜自好重难健', after: '于乎意线职岗册建校编场途押' },
  和: { before: '总平温缓调柔祥暖附讲求饱中', after: '谐平睦美善解蔼气' },
  是: { before: '但还就只可正也总不要或若倒即乃真硬都均便更凡于', after: '否非' },
  与: { before: '参给赋授干相', after: '会否其' },
  及: { before: '以涉波危普企顾惠', after: '时格早' },
  对: { before: '针面应反核比绝相校派查', after: '象方应照接比标口策外话称于待' },
  把: { before: '严一', after: '关握手控脉' },
  被: { before: '', after: '告动迫执' },
  将: { before: '即必行终大老', after: '近来军领士' },
  并: { before: '合兼吞一', after: '且列非不重购发存入' },
  从: { before: '服顺跟听无适随', after: '事严而来中容' },
  向: { before: '方导意走趋倾面志动取去转指', after: '上导往阳社' },
  而: { before: '因从进然继反故既', after: '且是言已后立不' },
  已: { before: '而早业不自久', after: '经' },
  也: { before: '', after: '许' },
  或: { before: '', after: '者许是' },
};

export const DOUBLED_FUNCTION_CHARS: ReadonlyMap<string, Neighbours> = new Map(Object.entries(TABLE));
