--TEST--
$object->$name() and $object->{expr}(): case-insensitive lookup, visibility, __call, first-class callable, php's errors
--FILE--
<?php
class A {
    public $v = 3;
    function get() { return $this->v; }
    function add($x, $y = 10) { return $x + $y; }
    private function secret() { return "secret"; }
    function viaThis($m) { return $this->$m(); }
    static function st() { return "static"; }
}
class B { function __call($n, $a) { return "__call($n, " . implode(",", $a) . ")"; } }
$a = new A;
$m = "get"; echo $a->$m(), "\n";
$m = "ADD"; echo $a->$m(1), " ", $a->$m(1, 2), "\n";
echo $a->viaThis("secret"), "\n";
$names = ['get', 'st'];
foreach ($names as $n) echo $a->$n(), "\n";
$b = new B; $x = "anything"; echo $b->$x(1, 2), "\n";
try { $s = "secret"; $a->$s(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $u = "nope"; $a->$u(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $i = 5; $a->$i(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $n = null; $z = "get"; $n->$z(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = $a->{"ge" . "t"}(...); echo $f(), "\n";
echo $a->{'add'}(5), "\n";
--EXPECT--
3
11 3
secret
3
static
__call(anything, 1,2)
Error: Call to private method A::secret() from global scope
Call to undefined method A::nope()
Method name must be a string
Call to a member function get() on null
3
15
