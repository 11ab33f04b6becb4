--TEST--
A cycle through typed properties
--FILE--
<?php
class N { public ?N $next = null; public string $name = ''; function __destruct() { echo "~{$this->name}\n"; } }
$a = new N; $a->name = 'a';
$b = new N; $b->name = 'b';
$a->next = $b; $b->next = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a
~b
2
