--TEST--
foreach over a WeakMap gives its keys as objects, in insertion order; overwriting keeps the place
--FILE--
<?php
class K { function __construct(public string $name) {} }
$m = new WeakMap;
$a = new K('a'); $b = new K('b'); $c = new K('c');
$m[$b] = 2;
$m[$a] = 1;
$m[$c] = 3;
$m[$b] = 'two';
foreach ($m as $key => $value) {
    var_dump($key->name, $value);
}
foreach ($m as $value) {
    var_dump($value);
}
var_dump($key === $c);
--EXPECT--
string(1) "b"
string(3) "two"
string(1) "a"
int(1)
string(1) "c"
int(3)
string(3) "two"
int(1)
int(3)
bool(true)
