--TEST--
var_export of a user class object uses \Class::__set_state(array( including private and protected properties.
--FILE--
<?php
class Point {
    public $x = 1;
    protected $y = 2.5;
    private $z = 'z';
    public $list = ['a' => true];
}
var_export(new Point);
echo "\n";
$s = var_export(new Point, true);
echo strlen($s) > 0 ? "returned\n" : "empty\n";
--EXPECT--
\Point::__set_state(array(
   'x' => 1,
   'y' => 2.5,
   'z' => 'z',
   'list' => 
  array (
    'a' => true,
  ),
))
returned
