--TEST--
get_object_vars from a parent can list one name twice: its private property and a child's protected one (php adds without looking).
--FILE--
<?php
class A {
    private $d = 'A private';
    public function vars($o) { return get_object_vars($o); }
}
class B extends A {
    protected $d = 'B protected';
}
$vars = (new A)->vars(new B);
var_dump(count($vars), array_keys($vars), $vars['d']);
var_dump($vars);
--EXPECT--
int(2)
array(2) {
  [0]=>
  string(1) "d"
  [1]=>
  string(1) "d"
}
string(11) "B protected"
array(2) {
  ["d"]=>
  string(9) "A private"
  ["d"]=>
  string(11) "B protected"
}
