--TEST--
A cycle still held by a global at shutdown (refcount 2, so skipped by the global pass)
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('a'); $a->o = $a;
$z = new N('z');
echo "end\n";
--EXPECT--
end
~z
~a
