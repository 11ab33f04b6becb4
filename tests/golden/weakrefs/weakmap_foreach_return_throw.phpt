--TEST--
Leaving a foreach over a WeakMap by return or by an exception, repeatedly; the values stay references after a loop by reference
--FILE--
<?php
function first(WeakMap $m) { foreach ($m as $k => $v) { return $v; } return null; }
function boom(WeakMap $m) { foreach ($m as $k => $v) { throw new Exception("boom $v"); } }
function mark(WeakMap $m) { foreach ($m as $k => &$v) { $v .= '!'; if ($v === 'b!') return; } }
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 'a'; $m[$b] = 'b';
for ($i = 0; $i < 3; $i++) {
    var_dump(first($m));
    try { boom($m); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
    mark($m);
}
var_dump($m);
var_dump(spl_object_id(new stdClass));
--EXPECT--
string(1) "a"
boom a
string(2) "a!"
boom a!
string(3) "a!!"
boom a!!
object(WeakMap)#1 (2) {
  [0]=>
  array(2) {
    ["key"]=>
    object(stdClass)#2 (0) {
    }
    ["value"]=>
    &string(4) "a!!!"
  }
  [1]=>
  array(2) {
    ["key"]=>
    object(stdClass)#3 (0) {
    }
    ["value"]=>
    &string(4) "b!!!"
  }
}
int(6)
