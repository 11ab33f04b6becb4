--TEST--
A destructor that throws and catches internally does not disturb the collection
--FILE--
<?php
class N { public $s; function __destruct() { try { throw new Exception("inner"); } catch (Exception $e) { echo "caught inside: ", $e->getMessage(), "\n"; } } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
caught inside: inner
1
