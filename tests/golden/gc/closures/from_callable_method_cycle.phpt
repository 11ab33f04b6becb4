--TEST--
Closure::fromCallable([$this, 'm']) stored on $this forms a cycle
--FILE--
<?php
class N {
    public $cb;
    function __construct() { $this->cb = Closure::fromCallable([$this, 'hello']); }
    function hello() { return "hello\n"; }
    function __destruct() { echo "~N\n"; }
}
$n = new N;
echo ($n->cb)();
$n = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
hello
~N
2
