--TEST--
A destructor run by the collector can read and change globals
--FILE--
<?php
class N { public $s; function __destruct() { global $log; $log[] = 'destructed'; } }
$log = ['start'];
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
print_r($log);
--EXPECT--
1
Array
(
    [0] => start
    [1] => destructed
)
