--TEST--
__toString: echo, concatenation, interpolation, (string), string parameters of builtins, an int result converted, exceptions thrown from it, objects without it, Stringable
--FILE--
<?php
class A { function __toString() { return "A!"; } }
class B { function __toString() { return 42; } }
class C { function __toString() { throw new Exception("no string"); } }
class D {}
$a = new A;
echo $a, "\n"; echo "x" . $a . "y\n"; echo "in $a\n"; var_dump((string)$a, (string)new B, strlen($a), str_repeat($a, 2));
try { echo new C; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
try { echo "p" . new D; } catch (Error $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { strlen(new D); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a instanceof Stringable);
echo new Exception("boom"), "\n";
--EXPECTF--
A!
xA!y
in A!
string(2) "A!"
string(2) "42"
int(2)
string(4) "A!A!"
caught no string
caught: Object of class D could not be converted to string
strlen(): Argument #1 ($string) must be of type string, D given
bool(true)
Exception: boom in %s:12
Stack trace:
#0 {main}
