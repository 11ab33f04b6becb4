--TEST--
get_class_methods() from outside lists public methods: the class's own first, then inherited ones, as declared.
--FILE--
<?php
class Base {
    public function baseOne() {}
    protected function baseProtected() {}
    private function basePrivate() {}
    public function shared() {}
}
class Derived extends Base {
    public function derivedOne() {}
    public function shared() {}
    private function derivedPrivate() {}
    public static function make() {}
}
var_dump(get_class_methods(new Derived));
var_dump(get_class_methods('Base'));
--EXPECT--
array(4) {
  [0]=>
  string(10) "derivedOne"
  [1]=>
  string(6) "shared"
  [2]=>
  string(4) "make"
  [3]=>
  string(7) "baseOne"
}
array(2) {
  [0]=>
  string(7) "baseOne"
  [1]=>
  string(6) "shared"
}
