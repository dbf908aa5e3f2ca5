import { civilFromDay, dayFromCivil, formatIsoDay } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import type { Lang } from '../i18n/lang.js';

/**
 * A starter plan in the chosen language, dated from `today` so that it
 * passes its own check on the day it is written: a units registry, a goal
 * with a target, two phases and a task with a sub-task.
 */
export function starterPlan(lang: Lang, today: Day): string {
  const { year, month: thisMonth } = civilFromDay(today);
  // Whole months as `YYYY-MM`: no day to clamp, so no date-fns (kept off `plan`'s start-up).
  const month = (offset: number): string => {
    const total = year * 12 + thisMonth - 1 + offset;
    return formatIsoDay(dayFromCivil(Math.floor(total / 12), (total % 12) + 1, 1)).slice(0, 7);
  };
  const dates = {
    start: month(0),
    mobilizeEnd: month(1),
    implementStart: month(2),
    end: month(12),
    taskDue: month(6),
    subDue: month(3),
    year: year + 1,
  };
  return lang === 'en' ? english(dates) : chinese(dates, lang);
}

interface Dates {
  start: string;
  mobilizeEnd: string;
  implementStart: string;
  end: string;
  taskDue: string;
  subDue: string;
  year: number;
}

function chinese(d: Dates, lang: Lang): string {
  const tw = lang === 'zh-TW';
  const t = (cn: string, traditional: string): string => (tw ? traditional : cn);
  return `# yaml-language-server: $schema=./plan.schema.json
# ${t('实施方案。运行 plan check 检查，plan table 生成分工表。', '實施方案。執行 plan check 檢查，plan table 產生分工表。')}
version: 1
title: ${t('XX医院医疗服务能力提升实施方案', 'XX醫院醫療服務能力提升實施方案')}
issuer: ${t('XX医院', 'XX醫院')}
locale: ${lang}
period: { start: ${d.start}, end: ${d.end} }

units:
  office: ${t('院办公室', '院辦公室')}
  medical: { name: ${t('医务科', '醫務科')}, aliases: [${t('医务部', '醫務部')}] }
  nursing: ${t('护理部', '護理部')}

goals:
  - id: G1
    title: ${t('提升医疗服务质量', '提升醫療服務品質')}
    due: ${d.end}
    targets:
      - metric: ${t('患者满意度', '病患滿意度')}
        target: ">= 95%"
        nature: expected
        baseline: { value: 90%, date: ${d.start} }

phases:
  - id: mobilize
    name: ${t('动员部署阶段', '動員部署階段')}
    start: ${d.start}
    end: ${d.mobilizeEnd}
  - id: implement
    name: ${t('组织实施阶段', '組織實施階段')}
    start: ${d.implementStart}
    end: ${d.end}

tasks:
  - id: T1
    title: ${t('制定实施方案并召开动员会', '制定實施方案並召開動員會')}
    goal: G1
    phase: mobilize
    lead: office
    start: ${d.start}
    due: ${d.mobilizeEnd}
    status: doing
  - id: T2
    title: ${t('落实医疗质量核心制度', '落實醫療品質核心制度')}
    goal: G1
    phase: implement
    lead: medical
    support: [nursing]
    leader: ${t('分管副院长', '分管副院長')}
    start: ${d.implementStart}
    due: ${d.taskDue}
    depends_on: [T1]
    tasks:
      - title: ${t('开展病历质量点评', '開展病歷品質點評')}
        due: ${d.subDue}
`;
}

function english(d: Dates): string {
  return `# yaml-language-server: $schema=./plan.schema.json
# An implementation plan. Run plan check to check it, plan table for the task-division table.
version: 1
title: Hospital service quality improvement plan
issuer: XX Hospital
locale: en
period: { start: ${d.start}, end: ${d.end} }

units:
  office: Hospital Office
  medical: { name: Medical Affairs, aliases: [Medical Dept] }
  nursing: Nursing Department

goals:
  - id: G1
    title: Better quality of care
    due: ${d.end}
    targets:
      - metric: Patient satisfaction
        target: ">= 95%"
        nature: expected
        baseline: { value: 90%, date: ${d.start} }

phases:
  - id: mobilize
    name: Mobilisation
    start: ${d.start}
    end: ${d.mobilizeEnd}
  - id: implement
    name: Implementation
    start: ${d.implementStart}
    end: ${d.end}

tasks:
  - id: T1
    title: Write the plan and hold the launch meeting
    goal: G1
    phase: mobilize
    lead: office
    start: ${d.start}
    due: ${d.mobilizeEnd}
    status: doing
  - id: T2
    title: Enforce the core quality rules
    goal: G1
    phase: implement
    lead: medical
    support: [nursing]
    leader: Deputy director
    start: ${d.implementStart}
    due: ${d.taskDue}
    depends_on: [T1]
    tasks:
      - title: Review the quality of medical records
        due: ${d.subDue}
`;
}
