--TEST--
A destructor found only in the second pass (created by a first-pass destructor) throws: the exception still surfaces from gc_collect_cycles()
--FILE--
<?php
class T { public $s; function __destruct() { echo "~T\n"; throw new Exception("second pass"); } }
class N { public $s; function __destruct() { echo "~N\n"; $t = new T; $t->s = $t; } }
$a = new N; $a->s = $a; unset($a);
try { echo gc_collect_cycles(), "\n"; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
echo json_encode(gc_status()), "\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
~T
caught second pass
{"runs":2,"collected":1,"threshold":10001,"roots":2}
1
