--TEST--
Binding a slot again to the reference it holds offers the value as a possible root, as php does
--FILE--
<?php
$v = new stdClass; $a = []; $a["r"] = &$v; $a["r"] = &$v;
echo gc_status()['roots'], "\n";
$w = [1]; $w[] = 2; $x = &$w; $x = &$w;
echo gc_status()['roots'], "\n";
$s = new stdClass; $s = &$s;
echo gc_status()['roots'], "\n";
$g = new stdClass; function f() { global $g; global $g; } f();
echo gc_status()['roots'], "\n";
--EXPECT--
1
2
3
4
