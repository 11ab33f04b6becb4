--TEST--
reassigning a variable in a loop alternates between two handles since the new object exists before the old dies
--FILE--
<?php
class N {}
for ($i = 0; $i < 5; $i++) {
    $n = new N;
    echo spl_object_id($n), " ";
}
echo "\n";
--EXPECT--
1 2 1 2 1
