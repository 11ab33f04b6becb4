--TEST--
A ring of three unset in reverse order: destructors still run a, b, c (the constructors buffered them in creation order)
--FILE--
<?php
class N { public $next; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b'); $c = new N('c');
$a->next = $b; $b->next = $c; $c->next = $a;
unset($c, $b, $a);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
~c
3
