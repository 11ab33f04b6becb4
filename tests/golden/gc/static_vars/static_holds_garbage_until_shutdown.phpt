--TEST--
A cyclic object in a static variable: destructed at shutdown, not by gc_collect_cycles()
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N at shutdown\n"; } }
function hold() { static $o; $o = new N; $o->s = $o; }
hold();
var_dump(gc_collect_cycles());
echo "end of script\n";
--EXPECT--
int(0)
end of script
~N at shutdown
