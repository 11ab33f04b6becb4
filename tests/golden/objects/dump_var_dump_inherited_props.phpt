--TEST--
var_dump lists inherited properties; parent private ones are annotated with the parent class.
--FILE--
<?php
class Base {
    public $b1 = 'b1';
    protected $b2 = 'b2';
    private $b3 = 'b3';
}
class Child extends Base {
    public $c1 = 'c1';
    private $c2 = 'c2';
}
var_dump(new Child);
--EXPECT--
object(Child)#1 (5) {
  ["b1"]=>
  string(2) "b1"
  ["b2":protected]=>
  string(2) "b2"
  ["b3":"Base":private]=>
  string(2) "b3"
  ["c1"]=>
  string(2) "c1"
  ["c2":"Child":private]=>
  string(2) "c2"
}
