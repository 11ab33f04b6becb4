--TEST--
A destructor attaches its garbage peer to a live object: the peer survives the collection
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { global $live; echo "~{$this->n}\n"; if ($this->n === 'a') { $live->o = $this->o; } } }
$live = new N('live');
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
echo $live->o->n, " -> ", $live->o->o->n, "\n";
$live->o = null;
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
~b
~a
0
b -> a
2
end
~live
