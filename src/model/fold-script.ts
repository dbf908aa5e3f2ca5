/**
 * Traditional → simplified Chinese, character by character, for telling
 * whether two unit names are one name in two scripts (醫務科 / 医务科).
 *
 * Only characters that occur in the names of government offices, hospitals
 * and their departments are listed: a full converter (OpenCC's dictionaries
 * run to megabytes) would cost every `plan check` its start-up time to
 * compare a few dozen names. Folding one way is enough to compare; the
 * mapping is many-to-one (發/髮 → 发, 後 → 后), which can only make two
 * names equal that a reader would also take as one. Word-level differences
 * between the two written standards (資訊 / 信息) are not script variants
 * and are left alone.
 */

// Pairs of traditional (or variant) and simplified characters, written as
// one string so the table stays compact: every two characters are a pair.
const PAIRS =
  '衛卫衞卫會会員员醫医務务護护財财處处總总後后設设備备藥药劑剂檢检驗验療疗質质與与資资訊讯' +
  '電电腦脑網网絡络黨党紀纪監监傳传團团門门診诊癥症學学復复複复婦妇產产兒儿經经內内腎肾' +
  '腫肿膚肤輸输營营養养體体預预製制劃划計计發发髮发審审場场鄉乡辦办組组織织縣县區区鎮镇' +
  '應应樞枢機机關关廳厅項项樓楼勞劳動动環环險险稅税統统農农業业廠厂礦矿獸兽藝艺術术園园' +
  '圖图書书館馆職职專专報报導导領领隊队級级際际號号廣广東东興兴華华陽阳陰阴遼辽寧宁蘇苏' +
  '龍龙廈厦貴贵雲云灣湾臺台態态單单協协調调聯联舉举誌志願愿勵励規规範范標标準准據据數数' +
  '構构層层實实獻献檔档歷历離离幹干優优撫抚殘残僑侨濟济貿贸運运郵邮銀银價价費费災灾難难' +
  '緊紧戰战軍军國国歸归鐵铁車车輛辆飲饮測测評评試试認认證证訓训練练講讲義义論论議议選选' +
  '辭辞響响聽听覺觉視视聲声樂乐愛爱親亲壽寿齡龄殯殡獎奖懲惩罰罚補补貼贴禮礼儀仪饋馈廢废' +
  '棄弃汙污淨净潔洁綠绿氣气熱热溫温濕湿廁厕灑洒掃扫殺杀蟲虫滅灭觀观點点戶户貧贫擴扩張张' +
  '鑒鉴鑑鉴釋释節节約约億亿萬万陸陆隸隶屬属轄辖託托貸贷債债權权稱称歲岁則则決决賬账帳账' +
  '結结餘余庫库貨货購购採采買买賣卖當当誼谊紅红藍蓝顧顾問问諮咨詢询線线訪访談谈齒齿頜颌' +
  '頸颈脈脉臟脏膽胆腸肠癒愈傷伤風风損损燒烧燙烫創创瘡疮癱瘫瘓痪聾聋啞哑礙碍記记錄录紙纸' +
  '頁页話话編编碼码類类針针湯汤勢势師师樣样寶宝蘭兰陳陈劉刘楊杨趙赵吳吴鄭郑馬马孫孙' +
  '黃黄麥麦葉叶韓韩馮冯許许鄧邓蕭萧羅罗錢钱鍾钟鐘钟將将尋寻對对壇坛壓压壞坏墾垦塊块夠够' +
  '奪夺奮奋媽妈寫写寬宽屆届嶺岭島岛巖岩幣币幫帮廟庙彎弯強强彈弹徑径從从徵征憶忆懷怀戲戏' +
  '擇择擊击擔担攝摄敵敌斷断時时晝昼暫暂曆历曉晓條条極极標标歡欢沒没淺浅溝沟滿满漢汉為为' +
  '爲为烏乌無无煙烟燈灯爭争爺爷牆墙獨独獲获現现畝亩畫画盡尽盤盘眾众衆众確确礎础種种穩稳' +
  '窮穷競竞筆笔築筑簡简糧粮純纯細细終终給给絕绝絲丝綜综維维縱纵績绩繼继續续罷罢習习聖圣' +
  '聞闻臨临舊旧艱艰莊庄蓋盖號号複复覽览訂订討讨詞词詳详語语誤误說说請请謝谢識识讀读變变' +
  '讓让貝贝負负責责賓宾賽赛贊赞趨趋跡迹軟软較较載载輔辅輕轻輪轮這这連连進进過过達达違违' +
  '遠远適适遺遗還还邊边鉤钩銷销錯错鍵键長长開开間间閱阅闊阔陣阵階阶隨随隱隐雙双雜杂雞鸡' +
  '靈灵靜静頂顶順顺頭头題题顏颜額额飛飞飯饭鬥斗魚鱼鳥鸟鹽盐麗丽齊齐乾干亂乱儲储兩两冊册' +
  '劇剧參参啟启啓启嚴严圍围壯壮夢梦奧奥擁拥擬拟攜携棟栋滙汇匯汇濱滨異异鬱郁綫线裡里裏里' +
  '峯峰僞伪偽伪衹只隻只係系繫系範范遞递態态慶庆撥拨樞枢檯台颱台濤涛瀋沈漁渔澤泽潔洁瑪玛' +
  '禦御紡纺軌轨輯辑鄰邻醬酱鑄铸閘闸閩闽闆板顯显驅驱驗验體体鬧闹髒脏團团圖图麼么' +
  '剛刚勁劲區区厲厉嚮向墊垫夾夹奬奖孿孪屢屡巒峦幾几廬庐彙汇徹彻惡恶懸悬擴扩斂敛' +
  '暢畅棧栈櫃柜殼壳氫氢涼凉淪沦滲渗漿浆灤滦燦灿猶犹瑤瑶璽玺癢痒瞭了矯矫硃朱碩硕' +
  '穀谷窩窝粵粤紋纹縮缩罈坛羥羟聰聪膠胶臉脸艙舱蓮莲藥药蘆芦襲袭覓觅誠诚謀谋謎谜豐丰' +
  '賴赖賦赋賠赔趕赶躍跃輿舆鄒邹釀酿鋼钢錦锦鎖锁鏈链闡阐陝陕隴陇雛雏韌韧頒颁頻频' +
  '鬆松麵面齋斋龜龟灣湾紐纽約约倫伦';

let table: Map<string, string> | undefined;

function foldTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    if (from !== to && !table.has(from)) table.set(from, to);
  }
  return table;
}

/** The text with every listed traditional character replaced by its simplified form. */
export function foldScript(text: string): string {
  const map = foldTable();
  let out = '';
  let changed = false;
  for (const char of text) {
    const folded = map.get(char);
    if (folded !== undefined) {
      out += folded;
      changed = true;
    } else out += char;
  }
  return changed ? out : text;
}
