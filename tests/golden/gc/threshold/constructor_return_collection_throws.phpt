--TEST--
A constructor's $this released at its return fills the buffer and a destructor throws: `new` fails, and the new object's destructor never runs
--FILE--
<?php
class T { public $self; public $i; function __destruct() { if ($this->i < 3) echo "destruct T {$this->i}\n"; if ($this->i === 1) throw new Exception("from destructor {$this->i}"); } }
class Made { function __construct(public string $name) { echo "constructing $name\n"; } function __destruct() { echo "destruct Made {$this->name}\n"; } }
for ($i = 0; $i < 10000; $i++) {
    $o = new T; $o->i = $i < 3 ? $i : 99; $o->self = $o; $o = null;
}
try {
    $m = new Made("first");
    echo "made\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), ", m is ", isset($m) ? "set" : "unset", "\n";
}
$again = new Made("second");
$s = gc_status();
echo "runs {$s['runs']}, collected {$s['collected']}, roots {$s['roots']}\n";
echo "end\n";
--EXPECT--
constructing first
destruct T 0
destruct T 1
destruct T 2
caught: from destructor 1, m is unset
constructing second
runs 2, collected 10000, roots 2
end
destruct Made second
