--TEST--
A destructor creating and dropping acyclic objects during a collection: freed at once
--FILE--
<?php
class T { function __construct(public $n) {} function __destruct() { echo "  ~tmp {$this->n}\n"; } }
class N { public $s; function __destruct() { echo "~N start\n"; $t = new T(1); $u = new T(2); echo "~N end\n"; } }
$a = new N; $a->s = $a;
unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
~N start
~N end
  ~tmp 1
  ~tmp 2
1
