--TEST--
A destructor calling a method on a peer whose destructor already ran
--FILE--
<?php
class N { public $peer; public $dead = false; function __construct(public $n) {} function ping() { return $this->n . ($this->dead ? ' (destructed)' : ' (alive)'); } function __destruct() { $this->dead = true; echo "~{$this->n} sees ", $this->peer->ping(), "\n"; } }
$a = new N('a'); $b = new N('b');
$a->peer = $b; $b->peer = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a sees b (alive)
~b sees a (destructed)
2
