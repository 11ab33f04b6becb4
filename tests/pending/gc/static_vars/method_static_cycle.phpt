--TEST--
A static variable inside a method holding an object whose property points back to it
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
