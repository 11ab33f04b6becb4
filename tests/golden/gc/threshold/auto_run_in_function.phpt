--TEST--
An automatic collection triggered inside a function while the caller holds live objects
--FILE--
<?php
class N { public $r; function __construct(public $n) {} function __destruct() { if ($this->n === 'special') echo "~special\n"; } }
function churn($k) { for ($i = 0; $i < $k; $i++) { $o = new N($i); $o->r = $o; } }
$s = new N('special'); $s->r = $s; $s = null;
churn(9998);
echo "roots ", gc_status()['roots'], " runs ", gc_status()['runs'], "\n";
churn(3);
echo "roots ", gc_status()['roots'], " runs ", gc_status()['runs'], "\n";
--EXPECT--
roots 9999 runs 0
~special
roots 3 runs 2
