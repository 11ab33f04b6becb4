--TEST--
an object captured by value in a closure's use lives as long as the closure
--FILE--
<?php
class Res {
    public function __construct() { echo "acquire\n"; }
    public function __destruct() { echo "release\n"; }
    public function name() { return "res"; }
}
$r = new Res;
$fn = function () use ($r) { return $r->name(); };
unset($r);
echo "variable gone, closure says ", $fn(), "\n";
unset($fn);
echo "closure gone\n";
--EXPECT--
acquire
variable gone, closure says res
release
closure gone
