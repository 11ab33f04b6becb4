--TEST--
A self-loop that is still held by a variable is not garbage: collection returns 0
--FILE--
<?php
class N { public $self; function __destruct() { echo "destruct\n"; } }
$a = new N;
$a->self = $a;
var_dump(gc_collect_cycles());
echo "still alive\n";
$a = null;
var_dump(gc_collect_cycles());
echo "end\n";
--EXPECT--
int(0)
still alive
destruct
int(1)
end
