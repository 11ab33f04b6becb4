--TEST--
__call receives the method name and an array of arguments for inaccessible or missing methods.
--FILE--
<?php
class Proxy {
    private function hidden() { return 'hidden'; }
    public function real() { return 'real'; }
    public function __call($name, $args) {
        return "__call($name, " . json_encode($args) . ")";
    }
}
$p = new Proxy;
echo $p->foo(1, 'two', [3]), "\n";
echo $p->bar(), "\n";
echo $p->real(), "\n";
echo $p->hidden(), "\n";
--EXPECT--
__call(foo, [1,"two",[3]])
__call(bar, [])
real
__call(hidden, [])
