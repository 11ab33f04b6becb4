--TEST--
-d zend.enable_gc=0 then ini_set('zend.enable_gc', '1'): same as gc_enable()
--INI--
zend.enable_gc=0
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; } }
var_dump(ini_set('zend.enable_gc', '1'));
var_dump(gc_enabled());
$a = new N; $a->s = $a; unset($a);
var_dump(gc_collect_cycles());
print_r(gc_status());
--EXPECT--
string(1) "0"
bool(true)
~N
int(1)
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 0
)
