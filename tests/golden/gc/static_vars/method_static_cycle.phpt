--TEST--
A method's static variable holding $this keeps a self-loop alive: nothing collected, destructor at shutdown
--FILE--
<?php
class N { public $peer; function __destruct() { echo "~N\n"; } function remember() { static $seen; $seen = $this; $this->peer = $this; } }
$n = new N;
$n->remember();
unset($n);
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
0
end
~N
