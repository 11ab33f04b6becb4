--TEST--
freeing 200,000 nested arrays (php itself crashes deeper; the unit test frees a million without recursion)
--FILE--
<?php
$a = [];
for ($i = 0; $i < 200000; $i++) {
    $a = [$a];
}
echo "built\n";
$a = null;
echo "freed\n";
--EXPECT--
built
freed
