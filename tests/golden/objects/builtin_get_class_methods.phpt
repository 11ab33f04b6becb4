--TEST--
get_class_methods lists methods visible from the calling scope, including inherited ones, in declaration order.
--FILE--
<?php
class A {
    public function a1() {}
    protected function a2() {}
    private function a3() {}
    public static function a4() {}
    public function listInA() { return get_class_methods($this); }
}
class B extends A {
    public function b1() {}
    private function b2() {}
}
print_r(get_class_methods('B'));
print_r((new B)->listInA());
print_r(get_class_methods(new stdClass));
--EXPECT--
Array
(
    [0] => b1
    [1] => a1
    [2] => a4
    [3] => listInA
)
Array
(
    [0] => b1
    [1] => a1
    [2] => a2
    [3] => a3
    [4] => a4
    [5] => listInA
)
Array
(
)
