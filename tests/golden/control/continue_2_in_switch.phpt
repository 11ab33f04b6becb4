--TEST--
continue 2 inside a switch continues the loop
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1:
            continue 2;
    }
    echo $i;
}
echo "\n";
--EXPECT--
02
