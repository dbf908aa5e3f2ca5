// A plan without a unit registry whose tasks name `count` distinct units
// (six to a task), for the benchmark of `unit-alias`'s search for likely
// duplicates: county offices such as 安平县卫生健康局, 60 places × 100
// offices × 10 endings.

const places = [...'安平东西南北中新长永'].flatMap((a) =>
  [...'宁和兴丰乐昌'].map((b) => `${a}${b}县`),
);
const offices = [...'卫健财税教民农林水商交文审统医环住人科工'].flatMap((a) =>
  [...'生政务业保监规'].map((b) => `${a}${b}`),
);
const endings = ['局', '委', '办', '科', '中心', '院', '处', '室', '站', '所'];

/** YAML text of a plan naming `count` (at most 60,000) distinct units. */
export function manyUnitsPlan(count) {
  const names = [];
  for (const place of places.slice(0, 60)) {
    for (const office of offices.slice(0, 100)) {
      for (const ending of endings) names.push(`${place}${office}${ending}`);
    }
  }
  const lines = ['version: 1', 'title: 单位名称压力测试（无登记表）', 'tasks:'];
  for (let at = 0; at < Math.min(count, names.length); at += 6) {
    const [lead, ...support] = names.slice(at, at + 6);
    lines.push(
      `  - { title: 任务${at / 6 + 1}, lead: ${lead}, support: [${support.join(', ')}], due: 2025-06 }`,
    );
  }
  return `${lines.join('\n')}\n`;
}
