--TEST--
A::$name() and A::{expr}(): the class first, then the name; self/parent/static forward; __callStatic; php's errors
--FILE--
<?php
class P { static function who() { return static::class; } }
class A extends P {
    static function make($x) { return "make $x"; }
    public static function __callStatic($n, $a) { return "__callStatic($n)"; }
    function inst() { return "inst"; }
    function viaSelf($m) { return self::$m() . " " . parent::$m() . " " . static::$m(); }
}
$m = "MAKE"; echo A::$m(1), "\n";
$w = "who"; echo A::$w(), " ", P::$w(), "\n";
$q = "missing"; echo A::$q(), "\n";
echo (new A)->viaSelf("who"), "\n";
try { $i = 3; A::$i(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $n = "inst"; A::$n(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $z = "x"; Nope::$z(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = A::{"ma" . "ke"}(...); echo $f(7), "\n";
--EXPECT--
make 1
A P
__callStatic(missing)
A A A
Method name must be a string
Non-static method A::inst() cannot be called statically
Class "Nope" not found
make 7
