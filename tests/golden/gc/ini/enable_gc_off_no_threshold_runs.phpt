--TEST--
-d zend.enable_gc=0: 20000 dropped cycles trigger no collection and are all destructed at shutdown
--INI--
zend.enable_gc=0
--FILE--
<?php
class N { public $r; public static $d = 0; function __destruct() { N::$d++; } }
for ($i = 0; $i < 20000; $i++) { $o = new N; $o->r = $o; unset($o); }
print_r(gc_status());
echo N::$d, "\n";
register_shutdown_function(function () { echo "shutdown ", N::$d, "\n"; });
--EXPECT--
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 0
    [roots] => 0
)
0
shutdown 0
