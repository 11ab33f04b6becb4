--TEST--
get_class, print_r and instanceof for closures and first-class callables
--FILE--
<?php
$f = function ($a) {};
echo get_class($f), "\n";
print_r($f);
echo "\n";
var_dump($f instanceof Closure);
var_dump(strlen(...) instanceof Closure);
var_dump(is_object($f));
var_dump(gettype($f));
--EXPECT--
Closure
Closure Object
(
    [parameter] => Array
        (
            [$a] => <required>
        )

)

bool(true)
bool(true)
bool(true)
string(6) "object"
