--TEST--
A destructor handing $this to a closure stored in a global
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { global $fn; echo "~{$this->n}\n"; $self = $this; $fn = function () use ($self) { return $self->n; }; } }
$a = new N('kept'); $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
echo $fn(), "\n";
$fn = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~kept
0
kept
1
