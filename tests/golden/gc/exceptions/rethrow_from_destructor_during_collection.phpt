--TEST--
Exception thrown inside a destructor, caught, then a new one thrown with it as previous
--FILE--
<?php
class N { public $s; function __destruct() { try { throw new Exception("first"); } catch (Exception $e) { throw new RuntimeException("second", 0, $e); } } }
$a = new N; $a->s = $a;
unset($a);
try { gc_collect_cycles(); } catch (RuntimeException $e) { echo $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n"; }
--EXPECT--
second <- first
