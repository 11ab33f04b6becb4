--TEST--
foreach over an object includes dynamic properties and skips uninitialized typed ones.
--FILE--
<?php
class A {
    public int $typed;
    public $plain = 'p';
}
$a = new A;
$o = new stdClass;
$o->first = 1;
$o->second = [2];
foreach ($a as $k => $v) echo "$k\n";
$a->typed = 5;
foreach ($a as $k => $v) echo "$k=$v\n";
foreach ($o as $k => $v) echo "$k: ", json_encode($v), "\n";
--EXPECT--
plain
typed=5
plain=p
first: 1
second: [2]
