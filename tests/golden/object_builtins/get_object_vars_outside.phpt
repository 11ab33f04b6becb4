--TEST--
get_object_vars() from outside the class lists only public properties, dynamic ones included.
--FILE--
<?php
#[AllowDynamicProperties]
class Box {
    public $width = 3;
    protected $secret = 'p';
    private $hidden = 'h';
    public $height;
}
$b = new Box;
$b->color = 'red';
var_dump(get_object_vars($b));
--EXPECT--
array(3) {
  ["width"]=>
  int(3)
  ["height"]=>
  NULL
  ["color"]=>
  string(3) "red"
}
