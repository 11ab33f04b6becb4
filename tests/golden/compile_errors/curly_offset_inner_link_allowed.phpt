--TEST--
A curly offset used as a chain's container is not recognised: $s{1}[0] reads
--FILE--
<?php
$s = "abc";
echo $s{1}[0], "\n";
echo strlen($s{2}[0]), "\n";
echo $s{0}[5] ?? "none", "\n";
echo @$s{0}[3], "|\n";
echo "{$s{2}[0]}\n";
--EXPECT--
b
1
none
|
c
