--TEST--
A method's $this released at its return fills the buffer; a destructor throws in that collection: the exception surfaces at the call
--FILE--
<?php
class T { public $self; public $i; function __destruct() { if ($this->i < 5) echo "destruct {$this->i}\n"; if ($this->i === 3) throw new Exception("from destructor {$this->i}"); } }
class Worker { public $n = 0; function work() { $this->n++; return "worked"; } }
for ($i = 0; $i < 10000; $i++) {
    $o = new T; $o->i = $i < 5 ? $i : 99; $o->self = $o; $o = null;
}
$w = new Worker;
try {
    $r = $w->work();
    echo "returned $r\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), ", r is ", isset($r) ? "set" : "unset", ", n = {$w->n}\n";
}
$s = gc_status();
echo "runs {$s['runs']}, collected {$s['collected']}, roots {$s['roots']}\n";
--EXPECT--
destruct 0
destruct 1
destruct 2
destruct 3
destruct 4
caught: from destructor 3, r is unset, n = 1
runs 2, collected 10000, roots 2
