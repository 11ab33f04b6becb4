--TEST--
Nested foreach over the same object.
--FILE--
<?php
$o = new stdClass;
$o->x = 1;
$o->y = 2;
foreach ($o as $k1 => $v1) {
    foreach ($o as $k2 => $v2) {
        echo "$k1$k2 ";
    }
}
echo "\n";
--EXPECT--
xx xy yx yy
