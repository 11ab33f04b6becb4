--TEST--
WeakMap with list() destructuring, unset below an entry (php works on a copy: a notice, nothing changes), a reference assigned to an entry, nested isset and ??
--FILE--
<?php
function t(callable $f) { try { $f(); echo "ok\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; if ($p = $e->getPrevious()) echo "  previous: ", $p->getMessage(), "\n"; } }
$m = new WeakMap; $o = new stdClass; $p = new stdClass;
$m[$o] = ['k' => 1, 'j' => 2];
t(function () use ($m, $o) { unset($m[$o]['k']); });
t(function () use ($m, $p) { unset($m[$p]['k']); });
var_dump($m[$o]);
t(function () use ($m, $o) { $x = 5; $m[$o] = &$x; $x = 6; var_dump($m[$o]); });
t(function () use ($m, $p) { $x = 5; $m[$p] = &$x; });
t(function () use ($m) { [$a] = $m; });
t(function () use ($m, $o) { [$o => $a] = $m; var_dump($a); });
t(function () { [$a] = new stdClass; });
t(function () use ($m, $o) { var_dump(isset($m[$o]['j']), isset($m[$o]['zz']), $m[$o]['j'] ?? 0); });
t(function () use ($m, $p) { var_dump(isset($m[$p]['j']), $m[$p]['j'] ?? 'dflt'); });
t(function () use ($m, $o) { $m[$o] = 'str'; var_dump($m[$o][1]); });
t(function () use ($m) { var_dump(array_key_exists(1, [1, 2])); });
--EXPECTF--
Notice: Indirect modification of overloaded element of WeakMap has no effect in %s on line 5
ok
Error: Object stdClass#3 not contained in WeakMap
array(2) {
  ["k"]=>
  int(1)
  ["j"]=>
  int(2)
}
int(6)
ok
Error: Object stdClass#3 not contained in WeakMap
TypeError: WeakMap key must be an object
int(6)
ok
Error: Cannot use object of type stdClass as array
bool(false)
bool(false)
int(0)
ok
bool(false)
string(4) "dflt"
ok
string(1) "t"
ok
bool(true)
ok
