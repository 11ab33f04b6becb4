--TEST--
repeatedly created and destroyed temporaries keep getting the same handle
--FILE--
<?php
class T {}
$keep = new T;
for ($i = 0; $i < 4; $i++) {
    echo spl_object_id(new T), " ";
}
echo "\n", spl_object_id($keep), "\n";
--EXPECT--
2 2 2 2 
1
