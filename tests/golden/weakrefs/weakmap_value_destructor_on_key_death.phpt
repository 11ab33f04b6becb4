--TEST--
When a key dies its value is released: its destructor runs right after the key's
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m = new WeakMap;
$k1 = new D('key1');
$k2 = new D('key2');
$m[$k1] = new D('value1');
$m[$k2] = new D('value2');
echo "unset key2\n";
unset($k2);
echo "unset key1\n";
unset($k1);
echo "end\n";
--EXPECT--
unset key2
destruct key2
destruct value2
unset key1
destruct key1
destruct value1
end
