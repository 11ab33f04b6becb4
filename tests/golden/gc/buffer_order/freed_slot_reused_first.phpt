--TEST--
A slot freed by a refcount free is reused by the next root (LIFO), which changes destructor order
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { echo "~{$this->n} "; } }
$a = new N('a'); $a->s = $a; unset($a);
$t = new N('t'); $t2 = $t; unset($t2);
$b = new N('b'); $b->s = $b; unset($b);
unset($t);
echo "\n";
$c = new N('c'); $c->s = $c; unset($c);
echo gc_status()['roots'], "\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
~t 
3
~a ~c ~b 3
