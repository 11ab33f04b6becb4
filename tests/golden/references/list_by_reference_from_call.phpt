--TEST--
list() binding by reference from a call: php's notice for each element, which is bound as a copy; a non-reference &f() result still warns
--FILE--
<?php
function pair() { return [1, [2, 3]]; }
[&$a, [&$b, $c]] = pair();
var_dump($a, $b, $c);
function one() { return [1]; }
[&$x, &$missing] = one();
var_dump($x, $missing);
class Maker { public function make() { return ['k' => 'v']; } }
['k' => &$k] = (new Maker)->make();
var_dump($k);
function five() { return 5; }
$r = &five();
$r++;
var_dump($r, five());
--EXPECTF--
Notice: Attempting to set reference to non referenceable value in %s on line 3

Notice: Attempting to set reference to non referenceable value in %s on line 3

Notice: Attempting to set reference to non referenceable value in %s on line 3
int(1)
int(2)
int(3)

Notice: Attempting to set reference to non referenceable value in %s on line 6

Notice: Attempting to set reference to non referenceable value in %s on line 6

Warning: Undefined array key 1 in %s on line 6
int(1)
NULL

Notice: Attempting to set reference to non referenceable value in %s on line 9
string(1) "v"

Notice: Only variables should be assigned by reference in %s on line 12
int(6)
int(5)
