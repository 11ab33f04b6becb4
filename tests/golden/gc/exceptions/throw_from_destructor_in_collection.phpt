--TEST--
An exception thrown by a destructor during gc_collect_cycles() surfaces from the call
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; throw new Exception("from destructor"); } }
$a = new N; $a->s = $a;
unset($a);
try {
    echo gc_collect_cycles(), "\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
print_r(gc_status());
--EXPECT--
~N
caught: from destructor
Array
(
    [runs] => 2
    [collected] => 1
    [threshold] => 10001
    [roots] => 1
)
