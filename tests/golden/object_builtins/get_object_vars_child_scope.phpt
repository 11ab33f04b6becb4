--TEST--
From a child class, the parent's private property is not visible but the child's own private one is.
--FILE--
<?php
class ParentBox {
    private $p = 'parent private';
    protected $q = 'protected';
    public function fromParent() { return get_object_vars($this); }
}
class ChildBox extends ParentBox {
    private $c = 'child private';
    public function fromChild() { return get_object_vars($this); }
}
$o = new ChildBox;
var_dump($o->fromChild());
var_dump($o->fromParent());
--EXPECT--
array(2) {
  ["q"]=>
  string(9) "protected"
  ["c"]=>
  string(13) "child private"
}
array(2) {
  ["p"]=>
  string(14) "parent private"
  ["q"]=>
  string(9) "protected"
}
