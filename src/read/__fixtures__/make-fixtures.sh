#!/bin/sh
# Regenerates the legacy-encoding fixtures with the system iconv (glibc).
# Node's TextEncoder only writes UTF-8, and iconv-lite is not a dependency.
set -e
cd "$(dirname "$0")"
iconv -f UTF-8 -t GB18030 plan-zh-hans.utf8.txt > plan-zh-hans.gb18030.txt
iconv -f UTF-8 -t GBK plan-zh-hans.utf8.txt > plan-zh-hans.gbk.txt
iconv -f UTF-8 -t BIG5 plan-zh-hant.utf8.txt > plan-zh-hant.big5.txt
printf '名称：数字化转型实施方案\n' | iconv -f UTF-8 -t GB18030 > line-zh-hans.gb18030.txt
printf '名稱：數位轉型實施方案\n' | iconv -f UTF-8 -t BIG5 > line-zh-hant.big5.txt
iconv -f UTF-8 -t WINDOWS-1252 plan-fr.utf8.txt > plan-fr.cp1252.txt
