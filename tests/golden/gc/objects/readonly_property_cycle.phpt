--TEST--
A cycle through a readonly property (set in the constructor)
--FILE--
<?php
class N { public $back; public function __construct(public readonly string $name, public readonly ?N $next) { if ($next) { $next->back = $this; } } function __destruct() { echo "~{$this->name}\n"; } }
$b = new N('b', null);
$a = new N('a', $b);
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~b
~a
2
