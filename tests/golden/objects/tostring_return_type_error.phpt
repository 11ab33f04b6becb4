--TEST--
__toString has an implicit string return type: an int return is coerced, an array return is a TypeError.
--FILE--
<?php
class Bad {
    public function __toString(): string { return 42; }
}
var_dump((string)new Bad);
class Worse {
    public function __toString(): string { return []; }
}
echo new Worse;
--EXITCODE--
255
--EXPECTF--
string(2) "42"

Fatal error: Uncaught TypeError: Worse::__toString(): Return value must be of type string, array returned in %s:7
Stack trace:
#0 %s(9): Worse->__toString()
#1 {main}
  thrown in %s on line 7
