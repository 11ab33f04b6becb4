--TEST--
an exception from an array_map callback aborts the map and the partial result is discarded
--FILE--
<?php
function half($n) {
    if ($n % 2) throw new DomainException("odd: $n");
    echo "half($n)\n";
    return $n / 2;
}
$out = "unset";
try {
    $out = array_map('half', [2, 4, 5, 6]);
} catch (DomainException $e) {
    echo "caught ", $e->getMessage(), "\n";
    $t = $e->getTrace();
    echo $t[0]['function'], " <- ", $t[1]['function'], "\n";
    var_dump(isset($t[0]['file']));
}
var_dump($out);
--EXPECT--
half(2)
half(4)
caught odd: 5
half <- array_map
bool(false)
string(5) "unset"
