--TEST--
Roots in slot order L1 G1 L2 G2 G3: garbage destructors run in the compacted buffer order
--FILE--
<?php
class D { public $n, $r, $s, $t; function __destruct() { echo "~{$this->n} "; } }
function mk($n, $cyc) { $o = new D; $o->n = $n; if ($cyc) $o->r = $o; return $o; }
$live[] = mk('L1', false); $t = mk('G1', true); $t = null; $live[] = mk('L2', false);
$t = mk('G2', true); $t = null; $t = mk('G3', true); $t = null;
echo gc_collect_cycles(), "\n";
echo "end\n";
--EXPECT--
~G3 ~G1 ~G2 3
end
~L1 ~L2
