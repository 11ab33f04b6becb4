--TEST--
Closure::fromCallable turns function names, methods and static methods into Closure objects
--FILE--
<?php
class MathOps {
    public function __construct(private int $base) {}
    public function add($x) { return $this->base + $x; }
    public static function square($x) { return $x * $x; }
    private function hidden() { return "hidden"; }
    public function exposeHidden() { return Closure::fromCallable([$this, 'hidden']); }
}
$f = Closure::fromCallable('strtoupper');
echo get_class($f), " ", $f("abc"), "\n";
$m = Closure::fromCallable([new MathOps(10), 'add']);
echo $m(5), "\n";
$s = Closure::fromCallable('MathOps::square');
echo $s(7), "\n";
$s2 = Closure::fromCallable(['MathOps', 'square']);
echo $s2(3), "\n";
echo (new MathOps(0))->exposeHidden()(), "\n";
--EXPECT--
Closure ABC
15
49
9
hidden
