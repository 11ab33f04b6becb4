--TEST--
JSON_INVALID_UTF8_IGNORE and _SUBSTITUTE count bad bytes as php does
--FILE--
<?php
foreach (["a\xffb", "\xc3", "\xc3(", "\xc3\xc3\xa9", "\xe0\x80\x80x", "\xe1\x80", "\xe1\x80(", "\xe1\xc0\x80", "\xed\xa0\x80",
          "\xf0\x9f\x98", "\xf0\x9f\x98(", "\xf0\x80\x80\x80", "\xf4\x90\x80\x80", "\xf5\x80", "\xc0\xaf", "\x80\x80"] as $s) {
    echo json_encode($s, JSON_INVALID_UTF8_IGNORE), " ", json_encode($s, JSON_INVALID_UTF8_SUBSTITUTE), " ",
         json_encode($s, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE), " ",
         json_encode($s, JSON_INVALID_UTF8_IGNORE | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
}
var_dump(json_last_error());
echo json_encode(["k\xff" => "v\xfe"], JSON_INVALID_UTF8_SUBSTITUTE), "\n";
--EXPECT--
"ab" "a\ufffdb" "a�b" "ab"
"" "\ufffd" "�" ""
"(" "\ufffd(" "�(" "("
"\u00e9" "\ufffd\u00e9" "�é" "\u00e9"
"x" "\ufffdx" "�x" "x"
"" "\ufffd" "�" ""
"(" "\ufffd(" "�(" "("
"" "\ufffd" "�" ""
"" "\ufffd" "�" ""
"" "\ufffd" "�" ""
"(" "\ufffd(" "�(" "("
"" "\ufffd" "�" ""
"" "\ufffd" "�" ""
"" "\ufffd\ufffd" "��" ""
"" "\ufffd\ufffd" "��" ""
"" "\ufffd\ufffd" "��" ""
int(0)
{"k\ufffd":"v\ufffd"}
