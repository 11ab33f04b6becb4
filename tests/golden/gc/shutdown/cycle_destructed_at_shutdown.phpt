--TEST--
A cycle never collected: destructors run at shutdown, after the script's last output
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
echo "end\n";
--EXPECT--
end
~a
~b
