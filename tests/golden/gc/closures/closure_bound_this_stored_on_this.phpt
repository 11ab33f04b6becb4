--TEST--
A non-static closure created in a method binds $this and is stored on $this
--FILE--
<?php
class N {
    public $cb;
    function __construct() { $this->cb = function () { return spl_object_id($this); }; }
    function __destruct() { echo "~N\n"; }
}
$n = new N;
echo ($n->cb)(), "\n";
$n = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
1
~N
2
