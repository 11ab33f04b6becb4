--TEST--
get_object_vars(\$this) inside the class sees protected and private properties, in declaration order.
--FILE--
<?php
class Box {
    private $hidden = 'h';
    public $width = 3;
    protected $secret = 'p';
    public function vars() { return get_object_vars($this); }
}
var_dump((new Box)->vars());
--EXPECT--
array(3) {
  ["hidden"]=>
  string(1) "h"
  ["width"]=>
  int(3)
  ["secret"]=>
  string(1) "p"
}
