--TEST--
function &f(): =& binds to what it returns; a plain call copies; non-variables with notices
--FILE--
<?php
function &counter() { static $c = 0; $c++; return $c; }
$x = &counter();
$x += 10;
var_dump(counter());
$y = counter();
$y += 100;
var_dump(counter());
function &pick(&$arr, $k) { return $arr[$k]; }
$data = ['a' => 1, 'b' => 2];
$ref = &pick($data, 'b');
$ref = 'changed';
var_dump($data);
$plain = pick($data, 'a');
$plain = 'no';
var_dump($data['a']);
function &literal() { return 5; }
$l = &literal();
var_dump($l);
function byval() { return [1]; }
$v = &byval();
var_dump($v);
$arr = [];
$arr['k'] = &counter();
$arr['k'] = 1000;
var_dump(counter());
--EXPECTF--
int(12)
int(14)
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  &string(7) "changed"
}
int(1)

Notice: Only variable references should be returned by reference in %s on line 17
int(5)

Notice: Only variables should be assigned by reference in %s on line 21
array(1) {
  [0]=>
  int(1)
}
int(1001)
