--TEST--
An uncaught exception thrown by a destructor inside gc_collect_cycles()
--FILE--
<?php
class N { public $s; function __destruct() { throw new LogicException("bad destructor"); } }
$a = new N; $a->s = $a;
unset($a);
gc_collect_cycles();
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught LogicException: bad destructor in %s:2
Stack trace:
#0 [internal function]: N->__destruct()
#1 %s(5): gc_collect_cycles()
#2 {main}
  thrown in %s on line 2
