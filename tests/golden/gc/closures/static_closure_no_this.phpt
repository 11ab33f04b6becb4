--TEST--
A static closure stored on the object does not bind $this: no cycle, freed at once
--FILE--
<?php
class N {
    public $cb;
    function __construct() { $this->cb = static function () { return 1; }; }
    function __destruct() { echo "~N\n"; }
}
$n = new N;
$n = null;
echo "after null\n";
echo gc_collect_cycles(), "\n";
--EXPECT--
~N
after null
0
