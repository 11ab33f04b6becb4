--TEST--
Inside a class, get_class_methods() also lists what that scope may call.
--FILE--
<?php
class Base {
    private function basePrivate() {}
    protected function baseProtected() {}
    public function listFromBase() { return get_class_methods($this); }
}
class Derived extends Base {
    private function derivedPrivate() {}
    public function listFromDerived() { return get_class_methods($this); }
}
$d = new Derived;
var_dump($d->listFromDerived());
var_dump($d->listFromBase());
--EXPECT--
array(4) {
  [0]=>
  string(14) "derivedPrivate"
  [1]=>
  string(15) "listFromDerived"
  [2]=>
  string(13) "baseProtected"
  [3]=>
  string(12) "listFromBase"
}
array(4) {
  [0]=>
  string(15) "listFromDerived"
  [1]=>
  string(11) "basePrivate"
  [2]=>
  string(13) "baseProtected"
  [3]=>
  string(12) "listFromBase"
}
