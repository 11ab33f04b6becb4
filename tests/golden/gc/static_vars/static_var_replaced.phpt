--TEST--
Replacing a static variable's cyclic value makes the old one garbage
--FILE--
<?php
class N { public $s; function __construct(public $name) {} function __destruct() { echo "~{$this->name}\n"; } }
function slot($name) { static $o; $o = new N($name); $o->s = $o; }
slot('first');
slot('second');
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
~first
1
end
~second
