/**
 * The CLI's words in Chinese (see cli-messages.ts): loaded only in a
 * Chinese run.
 */
import type { CliMessages } from './cli-messages.js';

const zhCN: CliMessages = {
  lang: 'zh-CN',
  help: {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Global Options:': '通用选项：',
    options: '[选项]',
    command: '[命令]',
    default: (value) => `默认：${value}`,
    help: '显示本命令的帮助',
    version: '显示版本号',
    program: '将以 YAML 编写的实施方案编译为检查结果、分工表、任务清单和进度图。',
  },
  hint: '（运行 plan --help 查看用法）',
  commander: {
    unknownOption: (flag, similar) =>
      `错误：没有“${flag}”这个选项${similar ? `（是否要用 ${similar}？）` : ''}`,
    unknownCommand: (name, similar) =>
      `错误：没有“${name}”这个命令${similar ? `（是否要用 ${similar}？）` : ''}`,
    missingArgument: (name) => `错误：缺少参数“${name}”`,
    optionMissingArgument: (flags) => `错误：选项“${flags}”后须填写取值`,
    excessArguments: (expected, got) => `错误：参数过多，应为 ${expected} 个，实际给出 ${got} 个`,
    invalidArgument: (flags, value) => `错误：选项“${flags}”的取值“${value}”无效`,
    other: '错误：无法识别命令行',
  },
  usage: {
    lang: (value) => `--lang 只能是 zh-CN、zh-TW 或 en，不能是“${value}”`,
    dayWanted: (name) => `${name} 应为日期，写作 YYYY-MM-DD（或按方案中的写法，如 2023年7月10日）`,
    dayTooCoarse: (name, value, example) =>
      `${name} 应为具体某一天，“${value}”不止一天；请写明日期，如 ${example}`,
    dayProblem: (name, value, problem, suggestion) =>
      `${zhCN.usage.dayWanted(name)}，${
        {
          nonexistent: `“${value}”这一天不存在`,
          yearless: `“${value}”缺少年份`,
          placeholder: `“${value}”是模板中的占位符`,
          unreadable: `“${value}”无法识别`,
        }[problem]
      }${suggestion !== undefined ? `；是否应为 ${suggestion}？` : ''}`,
    wholeNumber: (name, value) => `${name} 应为整数，不能是“${value}”`,
    warnWindow: (name, value) =>
      `${name} 应为天数或工作日数（如 14、“14天”“14 days”“5个工作日”“5 workdays”），不能是“${value}”`,
    oneOf: (name, valid, value) => `${name} 只能是 ${valid.join('、')} 之一，不能是“${value}”`,
    mustBe: (name, valid, value) =>
      `${name} 只能是 ${valid.join('、')}${valid.length > 1 ? ' 之一' : ''}，不能是“${value}”`,
    notValid: (name, value, valid) =>
      `${name} 的取值“${value}”无效${valid.length > 0 ? `；可选：${valid.join('、')}` : '；本方案中没有可选的取值'}`,
    statusWord: (value, code) => `--status 应填写状态代码：“${value}”请写作 ${code}`,
    binaryNeedsOutput: (format) =>
      `--format ${format} 生成的是文件，请用 -o 指定文件名（或用 -o - 输出到标准输出）`,
    toBeforeFrom: (to, from) => `--to（${to}）早于 --from（${from}）`,
    fromAfterTo: (from, to) => `--from ${from} 晚于 --to ${to}`,
    schemaName: (name) => `请指定 plan、report 或 config，不能是“${name}”`,
    noFiles: '没有指定方案文件，例如：plan check plan.yaml',
    onlyNegations: '只给出了 !排除模式：请同时指定要检查的方案文件或文件夹',
    outputFormatShape: (value) =>
      `--output-format 应写作 格式=文件，如 junit=reports/junit.xml，不能是“${value}”`,
    outputFormatName: (valid, format) =>
      `--output-format 的格式只能是 ${valid.join('、')} 之一，不能是“${format}”`,
    twoOutputs: (target) => `有两项输出都要写入 ${target}`,
    standardOutput: '标准输出',
    onePlan: '请指定一个方案文件（或用 - 从标准输入读取）',
    onePlanNotMany: (n) => `只能指定一个方案文件，现有 ${n} 个`,
    ruleCode: (code, near) =>
      `--rule：没有“${code}”这个问题代码${near !== undefined ? `，是否应为 ${near}？` : ''}（写作 代码:级别，如 overdue:off）`,
    ruleLevel: (code) =>
      `--rule：级别应为 off、info、warning 或 error（写作 代码:级别，如 ${code}:off）`,
  },
  files: {
    isInput: (file) => `不能写入 ${file}：它是本次读取的输入文件`,
    cannotWrite: (file, code) => `无法写入 ${file}：${code}`,
    isDirectory: (file) => `无法写入 ${file}：这是一个目录`,
    danglingLink: (file) => `不能写入 ${file}：它是指向不存在文件的符号链接`,
    readOnly: (file) => `不能写入 ${file}：该文件为只读`,
    exists: (file) => `${file} 已存在；plan init 不会覆盖已有文件`,
  },
  wrote: (file) => `已写入 ${file}`,
  wroteWithSchema: (file, schema) => `已写入 ${file}，并写入供编辑器使用的 ${schema}`,
  outputFailed: (code) => `无法写出结果：${code}`,
  internal: (message) => `内部错误：${message}`,
};

const zhTW: CliMessages = {
  lang: 'zh-TW',
  help: {
    'Usage:': '用法：',
    'Arguments:': '引數：',
    'Options:': '選項：',
    'Commands:': '命令：',
    'Global Options:': '通用選項：',
    options: '[選項]',
    command: '[命令]',
    default: (value) => `預設：${value}`,
    help: '顯示本命令的說明',
    version: '顯示版本號碼',
    program: '將以 YAML 撰寫的實施方案編譯為檢查結果、分工表、任務清單和進度圖。',
  },
  hint: '（執行 plan --help 查看用法）',
  commander: {
    unknownOption: (flag, similar) =>
      `錯誤：沒有「${flag}」這個選項${similar ? `（是否要用 ${similar}？）` : ''}`,
    unknownCommand: (name, similar) =>
      `錯誤：沒有「${name}」這個命令${similar ? `（是否要用 ${similar}？）` : ''}`,
    missingArgument: (name) => `錯誤：缺少引數「${name}」`,
    optionMissingArgument: (flags) => `錯誤：選項「${flags}」後須填寫值`,
    excessArguments: (expected, got) => `錯誤：引數過多，應為 ${expected} 個，實際給了 ${got} 個`,
    invalidArgument: (flags, value) => `錯誤：選項「${flags}」的值「${value}」無效`,
    other: '錯誤：無法辨識命令列',
  },
  usage: {
    lang: (value) => `--lang 只能是 zh-CN、zh-TW 或 en，不能是「${value}」`,
    dayWanted: (name) => `${name} 應為日期，寫作 YYYY-MM-DD（或依方案中的寫法，如 2023年7月10日）`,
    dayTooCoarse: (name, value, example) =>
      `${name} 應為特定某一天，「${value}」不只一天；請寫明日期，如 ${example}`,
    dayProblem: (name, value, problem, suggestion) =>
      `${zhTW.usage.dayWanted(name)}，${
        {
          nonexistent: `「${value}」這一天不存在`,
          yearless: `「${value}」缺少年份`,
          placeholder: `「${value}」是範本中的預留位置`,
          unreadable: `「${value}」無法辨識`,
        }[problem]
      }${suggestion !== undefined ? `；是否應為 ${suggestion}？` : ''}`,
    wholeNumber: (name, value) => `${name} 應為整數，不能是「${value}」`,
    warnWindow: (name, value) =>
      `${name} 應為天數或工作日數（如 14、「14天」「14 days」「5個工作日」「5 workdays」），不能是「${value}」`,
    oneOf: (name, valid, value) => `${name} 只能是 ${valid.join('、')} 之一，不能是「${value}」`,
    mustBe: (name, valid, value) =>
      `${name} 只能是 ${valid.join('、')}${valid.length > 1 ? ' 之一' : ''}，不能是「${value}」`,
    notValid: (name, value, valid) =>
      `${name} 的值「${value}」無效${valid.length > 0 ? `；可選：${valid.join('、')}` : '；本方案中沒有可選的值'}`,
    statusWord: (value, code) => `--status 應填寫狀態代碼：「${value}」請寫作 ${code}`,
    binaryNeedsOutput: (format) =>
      `--format ${format} 產生的是檔案，請用 -o 指定檔名（或用 -o - 輸出到標準輸出）`,
    toBeforeFrom: (to, from) => `--to（${to}）早於 --from（${from}）`,
    fromAfterTo: (from, to) => `--from ${from} 晚於 --to ${to}`,
    schemaName: (name) => `請指定 plan、report 或 config，不能是「${name}」`,
    noFiles: '沒有指定方案檔案，例如：plan check plan.yaml',
    onlyNegations: '只給了 !排除模式：請同時指定要檢查的方案檔案或資料夾',
    outputFormatShape: (value) =>
      `--output-format 應寫作 格式=檔案，如 junit=reports/junit.xml，不能是「${value}」`,
    outputFormatName: (valid, format) =>
      `--output-format 的格式只能是 ${valid.join('、')} 之一，不能是「${format}」`,
    twoOutputs: (target) => `有兩項輸出都要寫入 ${target}`,
    standardOutput: '標準輸出',
    onePlan: '請指定一個方案檔案（或用 - 從標準輸入讀取）',
    onePlanNotMany: (n) => `只能指定一個方案檔案，目前有 ${n} 個`,
    ruleCode: (code, near) =>
      `--rule：沒有「${code}」這個問題代碼${near !== undefined ? `，是否應為 ${near}？` : ''}（寫作 代碼:層級，如 overdue:off）`,
    ruleLevel: (code) =>
      `--rule：層級應為 off、info、warning 或 error（寫作 代碼:層級，如 ${code}:off）`,
  },
  files: {
    isInput: (file) => `不能寫入 ${file}：它是本次讀取的輸入檔案`,
    cannotWrite: (file, code) => `無法寫入 ${file}：${code}`,
    isDirectory: (file) => `無法寫入 ${file}：這是一個目錄`,
    danglingLink: (file) => `不能寫入 ${file}：它是指向不存在檔案的符號連結`,
    readOnly: (file) => `不能寫入 ${file}：該檔案為唯讀`,
    exists: (file) => `${file} 已存在；plan init 不會覆寫既有檔案`,
  },
  wrote: (file) => `已寫入 ${file}`,
  wroteWithSchema: (file, schema) => `已寫入 ${file}，並寫入供編輯器使用的 ${schema}`,
  outputFailed: (code) => `無法寫出結果：${code}`,
  internal: (message) => `內部錯誤：${message}`,
};

/**
 * Help texts in Chinese, by `command --option`, `command <argument>`,
 * `command` (its description) or `--option` (an option every command has).
 * English is the text in the code.
 */
const helpZhCN = {
  '--lang': 'zh-CN、zh-TW 或 en（默认：方案的 locale，否则按系统语言）',
  '--today': '据以判断是否逾期的日期：YYYY-MM-DD，或按方案中的写法，如 2023年7月10日（默认：今天）',
  '--output': '写入此文件（整体替换，不会写出半个文件），而不是输出到标准输出',
  '--no-color': '不使用颜色，即使输出到终端',
  '--max-bytes': '拒绝读取大于此字节数的文件',
  '--warn-days':
    '截止日期在此期限以内的，视为即将到期：天数（14）或工作日数（“5个工作日”）；默认按方案的 lights.due_soon_within，未写明的为 14 天',
  '--width': '终端输出的宽度（默认：终端宽度，否则按 COLUMNS，再否则 100）',
  '--strict': '方案有错误时拒绝生成（退出码 1），而不是照常生成并列出错误',
  check: '检查方案：解析、校验并检查规则，列出全部问题',
  'check <files>': '方案文件、文件夹（在其中查找方案）或通配模式；!模式 排除文件；- 从标准输入读取',
  'check --format': 'stylish、json、github、sarif、junit、checkstyle、gitlab 或 compact',
  'check --output-format': '同时以此格式写入此文件（如 junit=reports/junit.xml）；可多次使用',
  'check --strict': '警告也按错误计',
  'check --quiet': '只报告错误',
  'check --max-warnings': '警告多于此数时退出码为 1（无论是否显示）',
  'check --ignore-pattern': '排除匹配的文件（gitignore 语法，同 .planignore 的一行）；可多次使用',
  'check --stdin-filename': '标准输入（-）在报告中使用的文件名',
  'check --config':
    '对所有方案使用此项目配置文件，而不是从各方案所在文件夹向上查找 plan.config.yaml',
  'check --no-config': '不使用项目配置文件',
  'check --rule':
    '将某一问题代码设为 off、info、warning 或 error，优先于配置文件（如 overdue:off）；可多次使用',
  'init --config': '写出一份带注释的项目配置文件（plan.config.yaml）模板，而不是方案模板',
  'check --fix': '先就地作确定无误的修正（同 plan fix），再检查',
  'check --fix-dry-run': '列出 --fix 将作的修改（diff），不写入、不检查',
  fix: '就地作确定无误的修正（单位别名、状态用语、日期写法、粘贴带入的全角冒号、只有一个候选的字段名笔误），保留注释和版式',
  'fix <files>': '方案文件、文件夹或通配模式；- 从标准输入读取，输出修正后的方案',
  'fix --dry-run': '以统一 diff 格式列出修改，不写入文件',
  'fix --ignore-pattern': '排除匹配的文件（gitignore 语法）；可多次使用',
  table: '分工表：序号、任务、牵头和配合单位、日期、状态、进度',
  'table <files>': '一个方案文件；- 从标准输入读取',
  'table --format': 'term、md、csv、tsv、json、xlsx 或 docx（xlsx 和 docx 须用 -o 指定文件）',
  'table --columns':
    '要显示的列及其顺序：no,title,lead,support,leader,owner,phase,start,due,status,progress,note',
  'table --unit': '只列此单位（编号、名称或别名）牵头或配合的任务',
  'table --phase': '只列此阶段（编号或名称）的任务',
  'table --goal': '只列服务于此目标的任务',
  'table --status':
    '只列这些状态的任务：todo（未开始）、doing（进行中）、done（已完成）、blocked（受阻）、dropped（已取消）',
  'table --group-by': 'phase、unit 或 goal：每组一个工作表（xlsx）、每组一个标题（docx）',
  'table --no-bom': 'CSV 和 TSV 不加字节顺序标记（BOM）',
  checklist: 'Markdown 任务清单（- [ ] / - [x]），按阶段、目标或单位分组',
  'checklist <files>': '一个方案文件；- 从标准输入读取',
  'checklist --group-by': 'phase（阶段）、goal（目标）或 unit（单位）',
  'checklist --unit': '某一单位自己的清单：其牵头或配合的任务，保留总表序号',
  'checklist --from': '列出周期性任务自此日起的各期，YYYY-MM-DD',
  'checklist --to': '列出周期性任务至此日止的各期，YYYY-MM-DD',
  'checklist --format': 'md（唯一的格式）',
  timeline: '甘特图式进度图：阶段、步骤、任务和节点',
  'timeline <files>': '一个方案文件或通配模式；- 从标准输入读取',
  'timeline --format': 'term、svg 或 mermaid',
  'timeline --scale': 'week、month 或 quarter（默认：能排下的最细刻度）',
  'timeline --from': '图表自此日期开始，YYYY-MM-DD',
  'timeline --to': '图表至此日期结束，YYYY-MM-DD',
  'timeline --width': '图表宽度：term 为字符列数（默认：终端宽度），svg 为像素（默认：1200）',
  overdue: '列出逾期、进度滞后、延迟启动、即将到期的事项和有风险的指标，最紧急的在前',
  'overdue <files>': '一个方案文件；- 从标准输入读取',
  'overdue --format': 'term、md、csv 或 json',
  'overdue --no-bom': 'CSV 不加字节顺序标记（BOM）',
  report: '一页式汇总：按状态和灯色计数、各单位、目标和指标、最紧急的事项',
  'report <files>': '一个方案文件；- 从标准输入读取',
  'report --format': 'term、md、html（可打印的单页）或 json（供看板使用的数据）',
  export: '导出供其他工具使用：--format ics 生成截止日期、节点和阶段的 iCalendar 日历文件',
  'export <files>': '一个方案文件；- 从标准输入读取',
  'export --format': 'ics',
  schema:
    '输出 JSON Schema：方案格式（plan，默认；schemas/plan.schema.json）、`plan report --format json` 的格式（report；schemas/report.schema.json）或项目配置文件 plan.config.yaml 的格式（config；schemas/config.schema.json）',
  'schema <name>': 'plan、report 或 config',
  init: '写出一份能通过检查的方案模板（不会覆盖已有文件）',
  'init <file>': '写到哪里（默认：plan.yaml，加 --config 时为 plan.config.yaml）；- 为标准输出',
};

const helpZhTW = {
  '--lang': 'zh-CN、zh-TW 或 en（預設：方案的 locale，否則依系統語言）',
  '--today': '據以判斷是否逾期的日期：YYYY-MM-DD，或依方案中的寫法，如 2023年7月10日（預設：今天）',
  '--output': '寫入此檔案（整體替換，不會寫出半個檔案），而不是輸出到標準輸出',
  '--no-color': '不使用顏色，即使輸出到終端機',
  '--max-bytes': '拒絕讀取大於此位元組數的檔案',
  '--warn-days':
    '截止日期在此期限以內者，視為即將到期：天數（14）或工作日數（「5個工作日」）；預設依方案的 lights.due_soon_within，未寫明者為 14 天',
  '--width': '終端機輸出的寬度（預設：終端機寬度，否則依 COLUMNS，再否則 100）',
  '--strict': '方案有錯誤時拒絕產生（結束代碼 1），而不是照常產生並列出錯誤',
  check: '檢查方案：解析、驗證並檢查規則，列出所有問題',
  'check <files>':
    '方案檔案、資料夾（在其中尋找方案）或萬用字元模式；!模式 排除檔案；- 從標準輸入讀取',
  'check --format': 'stylish、json、github、sarif、junit、checkstyle、gitlab 或 compact',
  'check --output-format': '同時以此格式寫入此檔案（如 junit=reports/junit.xml）；可重複使用',
  'check --strict': '警告也視為錯誤',
  'check --quiet': '只報告錯誤',
  'check --max-warnings': '警告多於此數時結束代碼為 1（無論是否顯示）',
  'check --ignore-pattern': '排除符合的檔案（gitignore 語法，同 .planignore 的一行）；可重複使用',
  'check --stdin-filename': '標準輸入（-）在報告中使用的檔名',
  'check --config': '對所有方案使用此專案設定檔，而不是從各方案所在資料夾向上尋找 plan.config.yaml',
  'check --no-config': '不使用專案設定檔',
  'check --rule':
    '將某一問題代碼設為 off、info、warning 或 error，優先於設定檔（如 overdue:off）；可重複使用',
  'init --config': '寫出一份附註解的專案設定檔（plan.config.yaml）範本，而不是方案範本',
  'check --fix': '先就地進行確定無誤的修正（同 plan fix），再檢查',
  'check --fix-dry-run': '列出 --fix 將做的修改（diff），不寫入、不檢查',
  fix: '就地進行確定無誤的修正（單位別名、狀態用語、日期寫法、貼上帶入的全形冒號、只有一個候選的欄位名稱筆誤），保留註解和版面',
  'fix <files>': '方案檔案、資料夾或萬用字元模式；- 從標準輸入讀取，輸出修正後的方案',
  'fix --dry-run': '以統一 diff 格式列出修改，不寫入檔案',
  'fix --ignore-pattern': '排除符合的檔案（gitignore 語法）；可重複使用',
  table: '分工表：序號、任務、牽頭和配合單位、日期、狀態、進度',
  'table <files>': '一個方案檔案；- 從標準輸入讀取',
  'table --format': 'term、md、csv、tsv、json、xlsx 或 docx（xlsx 和 docx 須用 -o 指定檔案）',
  'table --columns':
    '要顯示的欄及其順序：no,title,lead,support,leader,owner,phase,start,due,status,progress,note',
  'table --unit': '只列此單位（代碼、名稱或別名）牽頭或配合的任務',
  'table --phase': '只列此階段（代碼或名稱）的任務',
  'table --goal': '只列服務於此目標的任務',
  'table --status':
    '只列這些狀態的任務：todo（未開始）、doing（進行中）、done（已完成）、blocked（受阻）、dropped（已取消）',
  'table --group-by': 'phase、unit 或 goal：每組一個工作表（xlsx）、每組一個標題（docx）',
  'table --no-bom': 'CSV 和 TSV 不加位元組順序標記（BOM）',
  checklist: 'Markdown 任務清單（- [ ] / - [x]），依階段、目標或單位分組',
  'checklist <files>': '一個方案檔案；- 從標準輸入讀取',
  'checklist --group-by': 'phase（階段）、goal（目標）或 unit（單位）',
  'checklist --unit': '某一單位自己的清單：其牽頭或配合的任務，保留總表序號',
  'checklist --from': '列出週期性任務自此日起的各期，YYYY-MM-DD',
  'checklist --to': '列出週期性任務至此日止的各期，YYYY-MM-DD',
  'checklist --format': 'md（唯一的格式）',
  timeline: '甘特圖式進度圖：階段、步驟、任務和節點',
  'timeline <files>': '一個方案檔案或萬用字元模式；- 從標準輸入讀取',
  'timeline --format': 'term、svg 或 mermaid',
  'timeline --scale': 'week、month 或 quarter（預設：排得下的最細刻度）',
  'timeline --from': '圖表自此日期開始，YYYY-MM-DD',
  'timeline --to': '圖表至此日期結束，YYYY-MM-DD',
  'timeline --width': '圖表寬度：term 為字元欄數（預設：終端機寬度），svg 為像素（預設：1200）',
  overdue: '列出逾期、進度落後、延遲啟動、即將到期的事項和有風險的指標，最緊急的在前',
  'overdue <files>': '一個方案檔案；- 從標準輸入讀取',
  'overdue --format': 'term、md、csv 或 json',
  'overdue --no-bom': 'CSV 不加位元組順序標記（BOM）',
  report: '一頁式摘要：依狀態和燈號計數、各單位、目標和指標、最緊急的事項',
  'report <files>': '一個方案檔案；- 從標準輸入讀取',
  'report --format': 'term、md、html（可列印的單頁）或 json（供儀表板使用的資料）',
  export: '匯出供其他工具使用：--format ics 產生截止日期、節點和階段的 iCalendar 行事曆檔案',
  'export <files>': '一個方案檔案；- 從標準輸入讀取',
  'export --format': 'ics',
  schema:
    '輸出 JSON Schema：方案格式（plan，預設；schemas/plan.schema.json）、`plan report --format json` 的格式（report；schemas/report.schema.json）或專案設定檔 plan.config.yaml 的格式（config；schemas/config.schema.json）',
  'schema <name>': 'plan、report 或 config',
  init: '寫出一份能通過檢查的方案範本（不會覆寫既有檔案）',
  'init <file>': '寫到哪裡（預設：plan.yaml，加 --config 時為 plan.config.yaml）；- 為標準輸出',
} satisfies Record<keyof typeof helpZhCN, string>;

export const cliMessagesZh = { 'zh-CN': zhCN, 'zh-TW': zhTW } as const;

export const helpZh = { 'zh-CN': helpZhCN, 'zh-TW': helpZhTW } as const;
