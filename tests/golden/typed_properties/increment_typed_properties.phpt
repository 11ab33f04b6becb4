--TEST--
++/-- of typed instance and static properties: php's errors past the int limits, conversions checked, uninitialized static properties
--FILE--
<?php
class A { public int $p = PHP_INT_MAX; public static int $s = PHP_INT_MAX; public static ?string $t = "a"; }
$a = new A;
try { $a->p++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->p);
try { A::$s++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(A::$s);
A::$s = PHP_INT_MIN;
try { --A::$s; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(A::$s);
A::$t++;
var_dump(A::$t);
A::$t = null;
A::$t++;
var_dump(A::$t);
class U { public static int $u; public static float $f = 1.5; }
try { U::$u++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
U::$f++;
var_dump(U::$f);
$r = &U::$f;
$r--;
var_dump(U::$f, A::$s++, ++A::$s);
--EXPECT--
Cannot increment property A::$p of type int past its maximal value
int(9223372036854775807)
Cannot increment property A::$s of type int past its maximal value
int(9223372036854775807)
Cannot decrement property A::$s of type int past its minimal value
int(-9223372036854775808)
string(1) "b"
string(1) "1"
Error: Typed static property U::$u must not be accessed before initialization
float(2.5)
float(1.5)
int(-9223372036854775808)
int(-9223372036854775806)
