--TEST--
A two-object ring where one destructor saves $this: both destructors ran, nothing freed
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { global $saved; echo "~{$this->n}\n"; if ($this->n === 'a') { $saved = $this; } } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
echo $saved->o->n, "\n";
$saved = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
0
b
2
