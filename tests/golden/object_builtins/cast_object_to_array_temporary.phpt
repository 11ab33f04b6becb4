--TEST--
(array) of a temporary object releases it right after.
--FILE--
<?php
class T {
    public $v = 1;
    public function __destruct() { echo "destruct\n"; }
}
$arr = (array) new T;
echo "after cast\n";
var_dump($arr);
--EXPECT--
destruct
after cast
array(1) {
  ["v"]=>
  int(1)
}
