--TEST--
var_dump and print_r build the object's property table, which stays
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
class P { public $a = 1; public $b = 2; }
$o = new P; $m = memory_get_usage(); var_dump($o); delta('var_dump', $m);
$m = memory_get_usage(); print_r($o); echo "\n"; delta('print_r again', $m);
$s = new stdClass; $m = memory_get_usage(); var_dump($s); delta('stdClass var_dump', $m);
--EXPECT--
start
object(P)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
var_dump: 376
P Object
(
    [a] => 1
    [b] => 2
)

print_r again: 0
object(stdClass)#2 (0) {
}
stdClass var_dump: 56
