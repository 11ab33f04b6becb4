--TEST--
continue targeting a switch acts like break, with a compile warning
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1:
            continue;
    }
    echo $i;
}
echo "\n";
--EXPECTF--
Warning: "continue" targeting switch is equivalent to "break". Did you mean to use "continue 2"? in %s on line 5
012
