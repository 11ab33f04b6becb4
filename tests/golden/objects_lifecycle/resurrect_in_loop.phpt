--TEST--
objects resurrected one by one in a loop are destructed only once each
--FILE--
<?php
class Ret {
    public static $pool = [];
    public function __construct(public int $i) {}
    public function __destruct() { echo "dtor {$this->i}\n"; self::$pool[] = $this; }
}
for ($i = 1; $i <= 3; $i++) { $o = new Ret($i); }
$o = null;
echo "pool has ", count(Ret::$pool), "\n";
Ret::$pool = [];
echo "pool cleared\n";
--EXPECT--
dtor 1
dtor 2
dtor 3
pool has 3
pool cleared
