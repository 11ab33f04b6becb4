--TEST--
A root freed from the middle of the buffer leaves a hole; compaction moves the last root into it, changing destructor order
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { echo "~{$this->n} "; } }
function loop($n) { $o = new N($n); $o->s = $o; return $o; }
$a = loop('a'); $b = loop('b'); $c = new N('c'); $d = loop('d'); $e = loop('e');
$c2 = $c; unset($c2);
echo gc_status()['roots'], "\n";
unset($c);
echo "\n", gc_status()['roots'], "\n";
unset($a, $b, $d, $e);
echo gc_collect_cycles(), "\n";
--EXPECT--
5
~c 
4
~a ~b ~e ~d 4
