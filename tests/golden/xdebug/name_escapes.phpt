--TEST--
a quoted key in a name is unescaped as stripcslashes does: octal, hex, backslash, quote
--FILE--
<?php
$arr = ["oA" => 1, 'a\\b' => 2, "q'" => 3];
xdebug_debug_zval('arr["o\\101"]', 'arr["\\x6fA"]', 'arr["a\\\\b"]', "arr['q\\'']", 'arr["a\\b"]');
--EXPECT--
arr["o\101"]: (refcount=0, is_ref=0)=1
arr["\x6fA"]: (refcount=0, is_ref=0)=1
arr["a\\b"]: (refcount=0, is_ref=0)=2
arr['q\'']: (refcount=0, is_ref=0)=3
arr["a\b"]: no such symbol
