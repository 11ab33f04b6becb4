--TEST--
closures occupy php's zend_closure (384 bin), captured variables a table
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$m = memory_get_usage(); $f = function () {}; delta('function () {}', $m);
$x = 1; $m = memory_get_usage(); $g = function () use ($x) { return $x; }; delta('use ($x)', $m);
$m = memory_get_usage(); $h = fn() => $x; delta('fn() => $x', $m);
$m = memory_get_usage(); $k = static function () {}; delta('static', $m);
$m = memory_get_usage(); $s = strlen(...); delta('strlen(...)', $m);
$m = memory_get_usage(); unset($f, $g, $h, $k, $s); delta('all freed', $m);
--EXPECT--
start
function () {}: 384
use ($x): 760
fn() => $x: 760
static: 384
strlen(...): 384
all freed: -2672
