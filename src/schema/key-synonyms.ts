/**
 * Keys people write for the format's keys: English words from other tools
 * and the column headings of a 分工表 (责任单位, 完成时限). They are never
 * read as the key itself — the plan must say `due` — but `unknown-key`
 * suggests the right one instead of the nearest spelling, which for
 * `责任单位` would be nothing at all.
 */
const synonyms: Record<string, readonly string[]> = {
  due: [
    'deadline',
    'due_date',
    'duedate',
    'end_date',
    '截止时间',
    '截止日期',
    '完成时限',
    '完成时间',
    '截止時間',
    '完成時限',
    '完成時間',
  ],
  start: ['start_date', 'begin', '开始时间', '開始時間', '起始时间'],
  lead: [
    'responsible',
    'owner_unit',
    '责任单位',
    '牵头单位',
    '牵头部门',
    '责任部门',
    '责任科室',
    '責任單位',
    '牽頭單位',
    '責任科室',
  ],
  support: ['supporting', 'cooperate', '配合单位', '配合部门', '协办单位', '配合單位', '協辦單位'],
  title: ['name_of_task', '标题', '標題', '任务', '任務', '重点任务', '重點任務'],
  updates: ['progress_log', '进展情况', '進展情況', '工作进展', '工作進展'],
  leader: ['责任领导', '牵头领导', '分管领导', '責任領導', '牽頭領導'],
  owner: ['责任人', '負責人', '负责人', '責任人'],
  status: ['状态', '狀態'],
  progress: ['进度', '進度', '完成进度'],
  notes: ['note', 'remark', 'remarks', 'comment', '备注', '備註'],
};

const synonymOf = new Map<string, string>();
for (const [key, words] of Object.entries(synonyms))
  for (const word of words) synonymOf.set(word.toLowerCase(), key);

/** The format's key a written key stands for, when that key belongs in this mapping. */
export function keyForSynonym(written: string, known: readonly string[]): string | undefined {
  const key = synonymOf.get(written.trim().toLowerCase());
  return key !== undefined && known.includes(key) ? key : undefined;
}
