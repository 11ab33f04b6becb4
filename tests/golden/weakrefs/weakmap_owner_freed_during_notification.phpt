--TEST--
Regression: a WeakMap freed while its key's owners are being told (it was only a value of another map with that key) unregistered nothing and was told again once freed; a value's destructor walking another map still sees the dying key
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$k = new D('key');
$m2 = new WeakMap;
$m1 = new WeakMap;
$m1[$k] = $m2;
$m2[$k] = new D('value in m2');
$w = WeakReference::create($m2);
unset($m2);
echo "unset key\n";
unset($k);
var_dump(count($m1), $w->get());
// a value whose destructor walks another map that still holds the dying key
class Walker { public $map; function __destruct() { echo "walker sees ", count($this->map), " entries\n"; foreach ($this->map as $key => $v) echo "  key ", $key->n, " => $v\n"; } }
$k = new D('key2');
$a = new WeakMap; $b = new WeakMap;
$walker = new Walker; $walker->map = $b;
$a[$k] = $walker;
$b[$k] = 'in b';
unset($walker);
echo "unset key2\n";
unset($k);
var_dump(count($a), count($b));
echo "end\n";
--EXPECT--
unset key
destruct key
destruct value in m2
int(0)
NULL
unset key2
destruct key2
walker sees 1 entries
  key key2 => in b
int(0)
int(0)
end
