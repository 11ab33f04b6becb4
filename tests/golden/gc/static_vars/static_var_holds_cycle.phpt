--TEST--
A function's static variable keeps a cycle alive across collections
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; } }
function keep() { static $o = null; if ($o === null) { $o = new N; $o->s = $o; } return $o; }
keep();
echo gc_collect_cycles(), "\n";
echo "still kept\n";
--EXPECT--
0
still kept
~N
