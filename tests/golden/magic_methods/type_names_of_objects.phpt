--TEST--
TypeErrors and operand errors name an object by its class
--FILE--
<?php
class D {}
try { $x = new D + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_keys(new D); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { str_repeat(new D, 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Unsupported operand types: D + int
array_keys(): Argument #1 ($array) must be of type array, D given
str_repeat(): Argument #1 ($string) must be of type string, D given
