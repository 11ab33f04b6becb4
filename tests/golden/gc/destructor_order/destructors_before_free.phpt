--TEST--
All destructors of the garbage run before any of it is freed (handles are still taken)
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n} other=", $this->o->n, "\n"; } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a other=b
~b other=a
2
