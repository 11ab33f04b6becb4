--TEST--
(array) and get_object_vars skip uninitialized typed properties.
--FILE--
<?php
class A {
    public int $set = 1;
    public int $unset;
    public ?string $alsoUnset;
}
$a = new A;
var_dump((array)$a);
var_dump(get_object_vars($a));
var_dump(count((array)$a));
--EXPECT--
array(1) {
  ["set"]=>
  int(1)
}
array(1) {
  ["set"]=>
  int(1)
}
int(1)
