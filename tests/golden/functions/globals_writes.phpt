--TEST--
$GLOBALS[...] written from a function: =, op= and ++ (undefined globals warn), nested elements and properties, computed names, unset, references, by-reference arguments, ??=, list() and foreach targets
--FILE--
<?php
function f() {
    $GLOBALS['a'] = 1;
    $GLOBALS['a'] += 5;
    $GLOBALS['b'] .= "x";
    $GLOBALS['c']++;
    $GLOBALS['arr']['k'][] = 1;
    $GLOBALS['o'] = new stdClass;
    $GLOBALS['o']->p = 2;
    $n = 'dyn';
    $GLOBALS[$n] = 'dynamic';
    $GLOBALS[5] = 'five';
    unset($GLOBALS['gone']);
    $r = &$GLOBALS['ref'];
    $r = 'through ref';
    sort($GLOBALS['list']);
    return $GLOBALS['a'];
}
$gone = 'here';
$list = [3, 1, 2];
var_dump(f());
var_dump($a, $b, $c, $arr, $o, $dyn, isset($gone), $ref, $list);
var_dump($GLOBALS[5] ?? 'no five');
$GLOBALS['top'] = 't';
var_dump($top);
unset($GLOBALS['top']);
var_dump(isset($top));

function g() { $GLOBALS['z'] ??= [1]; $GLOBALS['z'][] = 2; [$GLOBALS['l1'], $GLOBALS['l2']] = ['x', 'y']; foreach ([7, 8] as $GLOBALS['it']) {} }
g(); g();
var_dump($z, $l1, $l2, $it);
--EXPECTF--
Warning: Undefined global variable $b in %s on line 5

Warning: Undefined global variable $c in %s on line 6
int(6)
int(6)
string(1) "x"
int(1)
array(1) {
  ["k"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
object(stdClass)#1 (1) {
  ["p"]=>
  int(2)
}
string(7) "dynamic"
bool(false)
string(11) "through ref"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
string(4) "five"
string(1) "t"
bool(false)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(2)
}
string(1) "x"
string(1) "y"
int(8)
