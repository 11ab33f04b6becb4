--TEST--
Values with destructors still in a WeakMap at the end of the script
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$m = new WeakMap;
$k1 = new D('key1');
$m[$k1] = new D('value1');
$k2 = new D('key2');
$m[$k2] = new D('value2');
echo "end of script\n";
--EXPECT--
end of script
destruct key2
destruct value2
destruct key1
destruct value1
