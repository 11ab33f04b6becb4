--TEST--
A self-referencing object with a destructor: destructor runs inside gc_collect_cycles(), which returns 1
--FILE--
<?php
class N {
    public $self;
    function __destruct() { echo "destruct\n"; }
}
$a = new N;
$a->self = $a;
$a = null;
echo "before\n";
$n = gc_collect_cycles();
echo "after: $n\n";
echo "end\n";
--EXPECT--
before
destruct
after: 1
end
