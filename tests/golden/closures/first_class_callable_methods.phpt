--TEST--
first-class callable syntax on $obj->method(...) and Class::staticMethod(...)
--FILE--
<?php
class Greeter {
    public function __construct(private string $greeting) {}
    public function greet($name) { return "{$this->greeting}, $name"; }
    public static function wave($name) { return "*waves at $name*"; }
    public function selfRef() { return $this->greet(...); }
}
$g = new Greeter("Hello");
$greet = $g->greet(...);
echo $greet("Ann"), "\n";
$wave = Greeter::wave(...);
echo $wave("Ben"), "\n";
echo (new Greeter("Hi"))->selfRef()("Cy"), "\n";
print_r(array_map($g->greet(...), ["x", "y"]));
--EXPECT--
Hello, Ann
*waves at Ben*
Hi, Cy
Array
(
    [0] => Hello, x
    [1] => Hello, y
)
