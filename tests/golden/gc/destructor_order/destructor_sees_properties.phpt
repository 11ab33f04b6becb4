--TEST--
A destructor during a collection sees all its properties, including the peer in the cycle
--FILE--
<?php
class N { public $peer; public $data; function __construct(public $n) { $this->data = [1, 2, $n]; } function __destruct() { echo "~{$this->n}: "; var_dump($this->peer->n, $this->data); } }
$a = new N('a'); $b = new N('b');
$a->peer = $b; $b->peer = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
~a: string(1) "b"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(1) "a"
}
~b: string(1) "a"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(1) "b"
}
4
