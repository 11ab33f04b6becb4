--TEST--
An uncaught exception with uncollected cycles: destructors still run after the message
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('a'); $a->o = $a; unset($a);
throw new Exception("end");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Exception: end in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
~a
