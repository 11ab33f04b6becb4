--TEST--
exit() with uncollected cycles: their destructors still run at shutdown
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('a'); $a->o = $a; unset($a);
exit("bye\n");
--EXPECT--
bye
~a
