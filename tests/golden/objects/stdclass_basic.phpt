--TEST--
stdClass starts empty, accepts any properties and nested stdClass objects.
--FILE--
<?php
$o = new stdClass;
var_dump($o);
$o->name = 'x';
$o->list = [1, 2];
$o->child = new stdClass;
$o->child->deep = true;
var_dump($o);
echo $o->child->deep ? "deep\n" : "shallow\n";
echo count((array)$o), "\n";
--EXPECT--
object(stdClass)#1 (0) {
}
object(stdClass)#1 (3) {
  ["name"]=>
  string(1) "x"
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["child"]=>
  object(stdClass)#2 (1) {
    ["deep"]=>
    bool(true)
  }
}
deep
3
