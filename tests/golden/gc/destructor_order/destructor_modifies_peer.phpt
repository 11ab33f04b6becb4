--TEST--
A destructor that clears its peer's back link; the peer's destructor sees null
--FILE--
<?php
class N { public $peer; function __construct(public $n) {} function __destruct() { echo "~{$this->n} peer=", $this->peer === null ? 'null' : $this->peer->n, "\n"; if ($this->peer) { $this->peer->peer = null; } } }
$a = new N('a'); $b = new N('b');
$a->peer = $b; $b->peer = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a peer=b
~b peer=null
2
