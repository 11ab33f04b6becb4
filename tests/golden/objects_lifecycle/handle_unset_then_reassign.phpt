--TEST--
assigning after an explicit unset reuses the same handle
--FILE--
<?php
class N {}
for ($i = 0; $i < 4; $i++) {
    unset($n);
    $n = new N;
    echo spl_object_id($n), " ";
}
echo "\n";
--EXPECT--
1 1 1 1
