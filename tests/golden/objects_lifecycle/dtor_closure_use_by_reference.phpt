--TEST--
a closure capturing by reference can destroy the outer object by assigning null
--FILE--
<?php
class Res {
    public function __construct() { echo "acquire\n"; }
    public function __destruct() { echo "release\n"; }
}
$r = new Res;
$clear = function () use (&$r) { $r = null; echo "cleared inside closure\n"; };
$clear();
echo "after call\n";
var_dump($r);
--EXPECT--
acquire
release
cleared inside closure
after call
NULL
