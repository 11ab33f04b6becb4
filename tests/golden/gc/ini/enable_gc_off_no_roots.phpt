--TEST--
-d zend.enable_gc=0: no root buffer, gc_collect_cycles() returns 0, the cycle lives until shutdown
--INI--
zend.enable_gc=0
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; } }
$a = new N; $a->s = $a; unset($a);
var_dump(gc_status()['roots'], gc_collect_cycles());
print_r(gc_status());
echo "end\n";
--EXPECT--
int(0)
int(0)
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 0
    [roots] => 0
)
end
~N
