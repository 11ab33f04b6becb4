--TEST--
Two rings whose roots were buffered interleaved: destructor order across both rings
--FILE--
<?php
class N { public $next; function __construct(public $n) {} function __destruct() { echo "~{$this->n} "; } }
$a1 = new N('a1'); $b1 = new N('b1'); $a2 = new N('a2'); $b2 = new N('b2');
$a1->next = $a2; $a2->next = $a1;
$b1->next = $b2; $b2->next = $b1;
unset($b2, $a1, $b1, $a2);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a1 ~b1 ~a2 ~b2 4
