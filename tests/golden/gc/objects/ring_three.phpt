--TEST--
A ring of three objects with destructors: destructor order and the count
--FILE--
<?php
class N { public $next; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
$a = new N('a'); $b = new N('b'); $c = new N('c');
$a->next = $b; $b->next = $c; $c->next = $a;
unset($a, $b, $c);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
~c
3
