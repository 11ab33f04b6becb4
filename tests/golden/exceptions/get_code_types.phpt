--TEST--
exception codes: integers are kept, and a non-int code is a TypeError
--FILE--
<?php
$e = new Exception("a", 0x10);
var_dump($e->getCode());
$e = new Exception("b", -1);
var_dump($e->getCode());
try {
    new Exception("c", "5");
    echo "string code accepted\n";
} catch (TypeError $t) {
    echo get_class($t), ": ", $t->getMessage(), "\n";
}
try {
    new Exception("d", "abc");
} catch (TypeError $t) {
    echo get_class($t), ": ", $t->getMessage(), "\n";
}
try {
    new Exception(["x"]);
} catch (TypeError $t) {
    echo get_class($t), ": ", $t->getMessage(), "\n";
}
--EXPECT--
int(16)
int(-1)
string code accepted
TypeError: Exception::__construct(): Argument #2 ($code) must be of type int, string given
TypeError: Exception::__construct(): Argument #1 ($message) must be of type string, array given
