--TEST--
foreach over an object without visible properties runs no iteration.
--FILE--
<?php
class Closed { private $x = 1; protected $y = 2; }
foreach (new Closed as $k => $v) {
    echo "never\n";
}
foreach (new stdClass as $v) {
    echo "never\n";
}
echo "done\n";
--EXPECT--
done
