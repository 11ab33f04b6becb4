--TEST--
__FILE__ and __DIR__ in case labels compare on the switch line
--FILE--
<?php
switch (
    $first) {
    case
        __FILE__:
        echo "file\n";
        break;
    case
        __DIR__:
        echo "dir\n";
        break;
}
echo "done\n";
--EXPECTF--
Warning: Undefined variable $first in %s on line 3

Warning: Undefined variable $first in %s on line 3
done
