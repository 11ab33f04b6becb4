--TEST--
First-class callable $this->m(...) stored on $this forms a cycle
--FILE--
<?php
class N {
    public $cb;
    function __construct() { $this->cb = $this->hello(...); }
    function hello() { return "hi\n"; }
    function __destruct() { echo "~N\n"; }
}
$n = new N;
echo ($n->cb)();
$n = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
hi
~N
2
