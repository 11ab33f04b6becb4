--TEST--
Array reference cycles holding objects are cleaned up silently at shutdown (their objects' destructors run)
--FILE--
<?php
class N { function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = [new N('in-array')];
$a[] = &$a;
unset($a);
echo "end\n";
--EXPECT--
end
~in-array
