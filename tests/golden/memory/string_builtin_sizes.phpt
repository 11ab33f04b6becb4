--TEST--
result sizes of string builtins: str_replace, case changes, trim, md5, htmlspecialchars's buffer, addslashes, bin2hex...
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$s = "Hello World, hello world"; $m = memory_get_usage(); $a = str_replace("world", "there", $s); delta("str_replace", $m); $m = memory_get_usage(); $b = strtolower($s); delta("strtolower", $m); $m = memory_get_usage(); $c = trim("  $s  "); delta("trim", $m); $m = memory_get_usage(); $d = ucfirst("abc def"); delta("ucfirst", $m); $m = memory_get_usage(); $e = md5($s); delta("md5", $m); $m = memory_get_usage(); $f = htmlspecialchars("<a href=\"x\">"); delta("htmlspecialchars", $m); $m = memory_get_usage(); $g = wordwrap($s, 5); delta("wordwrap", $m); $m = memory_get_usage(); $h = strrev($s); delta("strrev", $m); $m = memory_get_usage(); $k = nl2br("a\nb"); delta("nl2br", $m); $m = memory_get_usage(); $l = addslashes("a\"b"); delta("addslashes", $m); $m = memory_get_usage(); $n = bin2hex("abc"); delta("bin2hex", $m); $m = memory_get_usage(); $o = dechex(255000); delta("dechex", $m);

--EXPECT--
start
str_replace: 56
strtolower: 56
trim: 56
ucfirst: 32
md5: 64
htmlspecialchars: 160
wordwrap: 56
strrev: 56
nl2br: 40
addslashes: 40
bin2hex: 40
dechex: 32
